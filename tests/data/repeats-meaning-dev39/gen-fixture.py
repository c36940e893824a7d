#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of customer posts to Sunmoth Textiles (linen bedding,
curtains, tablecloths, custom-size orders) on email, Mastodon and Bluesky,
for measuring the repeat detector on repeats in other words.

The set is rich in hard negatives, to measure precision: 20 true repeat
groups (15 pairs, 5 triples) in eight languages (en, es, de, fr, pt, it,
nl, ca), 7 of them across two channels, and about 40 labelled pairs that
must not be grouped (follow-up, other-complaint, other-customer, window),
plus one-off questions as filler.

It was written by hand without sight of the detector, its lexicon, its
tests or the other labelled sets. The labels say what a person reading the
posts would say; they were never edited to fit the detector.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 5, 4, 8, 45, tzinfo=timezone.utc)
S = LabelledSet(BASE, "sm", "hello@sunmoth.example", "@sunmoth@home.social",
                "sunmothtextiles.bsky.social", "Sunmoth Textiles")
rid = S.rid


def mail(author, name, text, h, lang, subject, thread=None, irt=None, links=None):
    return S.add("email", author, text, h, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def masto(author, name, text, h, lang, thread=None, irt=None, links=None):
    return S.add("mastodon", author, text, h, lang=lang, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def bsky(author, name, text, h, lang, thread=None, irt=None, links=None):
    return S.add("bluesky", author, text, h, lang=lang, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def group(lang, how, *keys):
    S.group(lang, how, *keys)


def neg(kind, a, b, note):
    S.negative(kind, a, b, note)


def same_person(a, b):
    S.same_person.append([a, b])


def same_name_different(a, b):
    S.same_name_different_people.append([a, b])


# ---------------------------------------------------------------- English
# G1 (en, email, triple): late duvet cover, same thread after a non-committal answer
HD = "harriet.doyle@fastmail.example"
g1a = mail(HD, "Harriet Doyle",
           "Hi there,\n\nI ordered the stonewashed linen duvet cover (king, sage) on the 22nd, order #41876, "
           "and the tracking hasn't moved since it 'left the warehouse' last Tuesday. It's meant to be a "
           "present for my mum's birthday on Saturday. Could you tell me where it actually is?\n\n"
           "Thanks,\nHarriet", 2, "en", "Order #41876 - where is it?")
g1r = S.reply("email", "Hi Harriet,\n\nThanks for getting in touch and sorry for the wait. We've raised it "
              "with the courier and we're looking into it - we'll be back in touch as soon as we hear "
              "anything.\n\nWarm wishes,\nMaddie @ Sunmoth", 6, g1a, rid(g1a), "en")
g1b = mail(HD, "Harriet Doyle",
           "Hi Maddie,\n\nIt's Wednesday now and the tracking page says exactly what it said a week ago. "
           "Birthday is Saturday. Is it coming or not?? If it's lost just tell me and I'll buy something "
           "else in town.\n\nHarriet", 51, "en", "Re: Order #41876 - where is it?",
           thread=rid(g1a), irt=rid(g1r))
g1c = mail(HD, "Harriet Doyle",
           "Hello?? Third email about this duvet cover. The birthday has been and gone. I'd genuinely "
           "appreciate a reply from an actual human at some point.\n\nH.", 127, "en",
           "Re: Order #41876 - where is it?", thread=rid(g1a), irt=rid(g1r))
group("en", "one identity", g1a, g1b, g1c)
g1d = mail(HD, "Harriet Doyle",
           "Hi,\n\nWell it finally turned up yesterday (thanks for nothing, Parcelwise) but it's the charcoal, "
           "not the sage I ordered - the label on the bag even says charcoal. Order 41876 again. Can I swap "
           "it or do I have to send it back and reorder?\n\nHarriet", 196, "en",
           "Wrong colour on 41876")
neg("other-complaint", g1c, g1d, "same order 41876: late, then the wrong colour once it came")

# G2 (en, mastodon, pair): tablecloth arrived with a hole
RW = "@rowanbeck@mastodon.art"
g2a = masto(RW, "Rowan Beck \U0001F9F5",
            "@sunmoth@home.social hi! my oat linen tablecloth arrived today and there's a hole about the size "
            "of a 5p near one corner \U0001F615 it was like that straight out of the tissue paper. what do i do?",
            29, "en")
g2b = masto(RW, "Rowan Beck \U0001F9F5",
            "@sunmoth@home.social so uh. still here with my holey tablecloth. guess i'll just stick a fruit "
            "bowl over that corner forever then \U0001F643", 76, "en")
group("en", "one identity", g2a, g2b)
g2c = masto(RW, "Rowan Beck \U0001F9F5",
            "@sunmoth@home.social unrelated to the tablecloth saga but your site keeps logging me out every "
            "time i go to the basket?? cleared cookies, same thing on my phone", 150, "en")
neg("other-complaint", g2b, g2c, "same person: damaged tablecloth, then being logged out of the site")

# G3 (en, bluesky -> email, profile link): double charge
MO_B = "mikeoakes.bsky.social"
MO_E = "m.oakes@btinternet.example"
g3a = bsky(MO_B, "Mike Oakes",
           "@sunmothtextiles.bsky.social you've taken payment twice for the same curtains?? £184 x2 on my "
           "statement this morning. one order. sort it out please", 139, "en")
g3b = mail(MO_E, "Michael Oakes",
           "Hello,\n\nI posted about this on Bluesky yesterday but have heard nothing back. My card has been "
           "debited twice for order 42031 (blackout-lined linen curtains, 2 panels): two identical payments "
           "of £184.00 on 18 May. Please refund the duplicate payment.\n\nRegards,\nMichael Oakes",
           162, "en", "Duplicate payment - order 42031", links=["bluesky:" + MO_B])
group("en", "profile link", g3a, g3b)
same_person("bluesky:" + MO_B, "email:" + MO_E)

# ---------------------------------------------------------------- Spanish
# G4 (es, email, triple): refund not received
CR = "carmen.ruiz.ortega@hotmail.example"
g4a = mail(CR, "Carmen Ruiz",
           "Buenos días,\n\nDevolví las dos fundas de almohada (pedido nº 41902) hace ya tres semanas, "
           "tengo el justificante de Correos, y todavía no me ha llegado el reembolso de 38,90 €. "
           "¿Me pueden decir cuándo lo van a hacer?\n\nUn saludo,\nCarmen Ruiz", 10, "es",
           "Reembolso pedido 41902")
g4r = S.reply("email", "Hola Carmen,\n\nGracias por escribirnos. Lo estamos revisando con el almacén y te "
              "decimos algo en cuanto podamos.\n\nUn abrazo,\nSunmoth Textiles", 15, g4a, rid(g4a), "es")
g4b = mail(CR, "Carmen Ruiz",
           "Hola otra vez,\n\n\"Lo estamos revisando\" hace 4 dias... Sigo sin ver el dinero en la cuenta. "
           "No es tanto pedir que me devuelvan lo que es mio, no?\n\nCarmen", 98, "es",
           "RE: Reembolso pedido 41902", thread=rid(g4a), irt=rid(g4r))
g4c = mail(CR, "Carmen Ruiz",
           "Buenas. Seguimos igual. Ni reembolso ni respuesta. Si el lunes no lo tengo pongo una "
           "reclamación en consumo.\n\nC.", 160, "es", "RE: RE: Reembolso pedido 41902",
           thread=rid(g4a), irt=rid(g4r))
group("es", "one identity", g4a, g4b, g4c)

# G5 (es, mastodon -> bluesky, same name only): wrong colour
LF_M = "@luciaferrer@mastodon.social"
LF_B = "luciaferrer-ceramica.bsky.social"
g5a = masto(LF_M, "Lucía Ferrer",
            "@sunmoth@home.social hola! pedí las cortinas de lino en color terracota y me han llegado en "
            "mostaza 🙈 muy bonitas pero no pegan nada con mi salón. cómo lo hacemos para cambiarlas?",
            44, "es")
g5b = bsky(LF_B, "Lucía Ferrer",
           "@sunmothtextiles.bsky.social os escribí por mastodon hace días: cortinas terracota, llegaron "
           "mostaza. nadie me contesta. las tengo aquí dobladas esperando 🤷‍♀️", 121, "es")
group("es", "same name only", g5a, g5b)
same_person("mastodon:" + LF_M, "bluesky:" + LF_B)

# G6 (es, bluesky, pair): coupon not applied
DV = "dani-vidal.bsky.social"
g6a = bsky(DV, "Dani Vidal",
           "@sunmothtextiles.bsky.social el código BIENVENIDA10 no me funciona, me dice 'código no válido' y "
           "lo he copiado tal cual de vuestra newsletter. es para un juego de sábanas", 60, "es")
g6b = bsky(DV, "Dani Vidal",
           "@sunmothtextiles.bsky.social sigo sin poder usar el descuento de la newsletter... al final voy a "
           "pagar precio completo o que?", 85, "es")
group("es", "one identity", g6a, g6b)
g6c = bsky(DV, "Dani Vidal",
           "@sunmothtextiles.bsky.social las sábanas llegaron (gracias) pero son de 135 y pedí de 150. "
           "en la caja pone 150 pero dentro 135 😅", 190, "es")
neg("other-complaint", g6b, g6c, "same person: coupon not accepted, later the sheets came in the wrong size")
g6d = bsky(DV, "Dani Vidal",
           "@sunmothtextiles.bsky.social otra vez lo mismo con el código, ahora con el de VERANO15. "
           "'no válido'. de verdad que probáis estas cosas antes de mandarlas?", 330, "es")
neg("window", g6b, g6d, "same person, discount code not accepted again, about ten days later")

# ---------------------------------------------------------------- German
# G7 (de, email, triple): delivered but not received
JS = "j.schaefer@web.example"
g7a = mail(JS, "Jonas Schäfer",
           "Hallo,\n\nlaut DHL wurde meine Bestellung 41955 (Leinen-Bettwäsche 155x220) gestern um 14:12 "
           "zugestellt. Ich war den ganzen Tag zu Hause, hier ist nichts angekommen. Kein Zettel, nichts "
           "beim Nachbarn.\n\nGruß\nJonas Schäfer", 20, "de", "Bestellung 41955 angeblich zugestellt")
g7r = S.reply("email", "Hallo Jonas,\n\ndas tut uns leid! Kannst du uns bitte noch einmal die genaue "
              "Lieferadresse schicken und kurz bei den Nachbarn nachfragen? Dann stellen wir einen "
              "Nachforschungsauftrag.\n\nViele Grüße\nSunmoth Textiles", 24, g7a, rid(g7a), "de")
g7f = mail(JS, "Jonas Schäfer",
           "Hallo,\n\nhab alle Nachbarn gefragt, keiner hat was. Adresse ist Lindenstraße 8, 2. OG links, "
           "50674 Köln - Name steht auch am Briefkasten.\n\nJonas", 27, "de",
           "Re: Bestellung 41955 angeblich zugestellt", thread=rid(g7a), irt=rid(g7r))
neg("follow-up", g7a, g7f, "gives the address and neighbour check the shop asked for")
g7b = mail(JS, "Jonas Schäfer",
           "Hallo nochmal,\n\nseit drei Tagen keine Rückmeldung. Die Bettwäsche ist weiterhin nicht da, DHL "
           "sagt 'zugestellt' und verweist an euch. Was passiert jetzt?\n\nJonas", 99, "de",
           "Re: Bestellung 41955 angeblich zugestellt", thread=rid(g7a), irt=rid(g7r))
g7c = mail(JS, "Jonas Schäfer",
           "Ernsthaft? Über eine Woche nach 'zugestellt' und immer noch kein Paket, keine Lösung, keine "
           "Antwort. Ich will entweder die Ware oder mein Geld.", 165, "de",
           "Re: Bestellung 41955 angeblich zugestellt", thread=rid(g7a), irt=rid(g7r))
group("de", "one identity", g7a, g7b, g7c)

# G8 (de, mastodon -> email, profile link): subscription cancelled, still billed
KL_M = "@katlenz@chaos.social"
KL_E = "katharina.lenz@posteo.example"
g8a = masto(KL_M, "Kat Lenz",
            "@sunmoth@home.social hab die Musterbox Anfang April gekündigt (Bestätigungsmail hab ich noch) "
            "und heute wurden trotzdem wieder 12,90 abgebucht. Bitte zurück und bitte wirklich beenden, danke",
            36, "de")
g8b = mail(KL_E, "Katharina Lenz",
           "Guten Tag,\n\nich habe Sie bereits auf Mastodon angeschrieben. Mein Musterbox-Abo ist seit dem "
           "3. April gekündigt, trotzdem wurden am 5. Mai erneut 12,90 € per Lastschrift eingezogen. Ich "
           "bitte um Erstattung und Bestätigung, dass keine weiteren Abbuchungen erfolgen.\n\n"
           "Mit freundlichen Grüßen\nKatharina Lenz", 80, "de", "Abo gekündigt - trotzdem Abbuchung",
           links=["mastodon:" + KL_M])
group("de", "profile link", g8a, g8b)
same_person("mastodon:" + KL_M, "email:" + KL_E)
g8c = mail(KL_E, "Katharina Lenz",
           "Guten Tag,\n\nund schon wieder: heute erneut 12,90 € für die Musterbox abgebucht, obwohl "
           "gekündigt. Das ist jetzt langsam nicht mehr lustig.\n\nKatharina Lenz", 268, "de",
           "Schon wieder Abbuchung Musterbox")
neg("window", g8b, g8c, "same person, same unwanted subscription charge, more than a week later")

# G9 (de, mastodon, pair): password reset mail never arrives
FB = "@fbrandt@norden.social"
g9a = masto(FB, "Felix Brandt",
            "@sunmoth@home.social Passwort vergessen -> 'Link zum Zurücksetzen gesendet' -> es kommt keine "
            "Mail. Auch nicht im Spam. Dreimal probiert. Komme nicht an meine Bestellungen ran", 108, "de")
g9b = masto(FB, "Felix Brandt",
            "@sunmoth@home.social immer noch kein Reset-Link. Langsam glaube ich, euer Shop will mich nicht "
            "mehr reinlassen 😅", 140, "de")
group("de", "one identity", g9a, g9b)
g9c = masto(FB, "Felix Brandt",
            "@sunmoth@home.social bin wieder drin, danke! Aber: der Gutschein aus der Geburtstagsmail wird "
            "im Warenkorb nicht abgezogen, Summe bleibt gleich", 200, "de")
neg("other-complaint", g9b, g9c, "same person: password reset, then a voucher not deducted")

# ---------------------------------------------------------------- French
# G10 (fr, email, triple): fitted sheet wrong size
EM = "elodie.marchand@orange.example"
g10a = mail(EM, "Élodie Marchand",
            "Bonjour,\n\nJ'ai reçu ma cde 42010 ce matin : le drap housse est en 140x190 alors que j'avais "
            "commandé du 160x200 (c'est bien écrit sur la facture). Comment on procède pour l'échange ?\n\n"
            "Cordialement,\nÉlodie Marchand", 33, "fr", "Commande 42010 - mauvaise taille")
g10r = S.reply("email", "Bonjour Élodie,\n\nMerci pour votre message, nous regardons ça et revenons vers "
               "vous rapidement.\n\nBelle journée,\nL'équipe Sunmoth", 40, g10a, rid(g10a), "fr")
g10b = mail(EM, "Élodie Marchand",
            "Bonjour,\n\nToujours pas de nouvelles pour l'échange du drap housse. En attendant mon matelas "
            "dort tout nu ;)\n\nÉlodie", 95, "fr", "RE: Commande 42010 - mauvaise taille",
            thread=rid(g10a), irt=rid(g10r))
g10c = mail(EM, "Élodie Marchand",
            "Bon. Une semaine pour un drap housse pas à la bonne taille et personne ne répond. C'est "
            "vraiment pénible. Je le renvoie à mes frais ou quoi ?", 150, "fr",
            "RE: RE: Commande 42010 - mauvaise taille", thread=rid(g10a), irt=rid(g10r))
group("fr", "one identity", g10a, g10b, g10c)
g10d = mail(EM, "Élodie Marchand",
            "Bonjour,\n\nJ'ai finalement renvoyé le drap 140x190 le 20/05 (colis suivi, reçu chez vous le "
            "22 d'après La Poste). Je n'ai toujours pas été remboursée des 64 €. Merci de vérifier.\n\n"
            "Élodie Marchand", 430, "fr", "Remboursement retour cde 42010")
neg("other-complaint", g10c, g10d, "same order 42010: wrong size, then the refund for the return")

# G11 (fr, bluesky -> mastodon, same name only): return label not received
CRB = "camrousseau.bsky.social"
CRM = "@camille_r@piaille.fr"
g11a = bsky(CRB, "Camille Rousseau",
            "@sunmothtextiles.bsky.social bonjour, j'ai demandé une étiquette de retour pour la nappe "
            "lundi, on m'a dit 'vous la recevrez par mail sous 24h'. rien reçu. même pas dans les spams", 150, "fr")
g11b = masto(CRM, "Camille Rousseau",
             "@sunmoth@home.social toujours pas d'étiquette retour pour ma nappe, ça fait 4 jours. je "
             "tente ici vu que bluesky ça répond pas", 214, "fr")
group("fr", "same name only", g11a, g11b)
same_person("bluesky:" + CRB, "mastodon:" + CRM)

# G12 (fr, bluesky, pair): site crashes at payment
NB = "nico-bertin.bsky.social"
g12a = bsky(NB, "Nico Bertin",
            "@sunmothtextiles.bsky.social votre site plante au moment du paiement, page blanche après "
            "'valider la commande'. sur firefox et sur chrome. du coup j'ai payé ou pas ??", 12, "fr")
g12b = bsky(NB, "Nico Bertin",
            "@sunmothtextiles.bsky.social re. toujours la page blanche quand je veux payer. 3e essai. "
            "j'abandonne bientôt hein", 62, "fr")
group("fr", "one identity", g12a, g12b)
g12c = bsky(NB, "Nico Bertin",
            "@sunmothtextiles.bsky.social bon j'ai réussi à commander par téléphone finalement. mais ça fait "
            "10 jours et le colis n'est toujours pas parti d'après le suivi", 300, "fr")
neg("other-complaint", g12b, g12c, "same person: checkout crash, then an order not shipped")

# ---------------------------------------------------------------- Portuguese
# G13 (pt, email, pair): parcel lost, tracking stuck
RA = "rita.almeida@sapo.example"
g13a = mail(RA, "Rita Almeida",
            "Olá,\n\nA minha encomenda 42044 (cortinados de linho à medida) está parada em 'em trânsito' há "
            "8 dias. O CTT diz que não tem informação. Podem ver o que se passa?\n\nObrigada,\nRita Almeida",
            66, "pt", "Encomenda 42044 parada")
g13r = S.reply("email", "Olá Rita,\n\nLamentamos o atraso. Já abrimos um pedido junto da transportadora, "
               "estamos a acompanhar.\n\nCumprimentos,\nSunmoth Textiles", 70, g13a, rid(g13a), "pt")
g13b = mail(RA, "Rita Almeida",
            "Boa tarde,\n\nentão, há novidades? continua tudo igual no site dos CTT. Começo a achar que os "
            "cortinados se perderam de vez.\n\nRita", 140, "pt", "Re: Encomenda 42044 parada",
            thread=rid(g13a), irt=rid(g13r))
group("pt", "one identity", g13a, g13b)
g13c = mail(RA, "Rita Almeida",
            "Olá,\n\nOs cortinados chegaram finalmente, obrigada. Mas a fatura da encomenda 42044 vem com o NIF "
            "errado (puseram 245 118 ... e o meu é 231 907 ...). Preciso dela corrigida para o IRS.\n\nRita",
            250, "pt", "Fatura com NIF errado")
neg("other-complaint", g13b, g13c, "same order 42044: lost in transit, then an invoice with the wrong tax number")

# G14 (pt, email -> bluesky, same name only): missing tie-backs
JM_E = "joanamendes.design@gmail.example"
JM_B = "joanamendes.bsky.social"
g14a = mail(JM_E, "Joana Mendes",
            "Boa tarde,\n\nRecebi hoje o conjunto de cortinas 'Dune' mas faltam as braçadeiras - no site diz "
            "que vêm incluídas e na caixa não há nada. Podem enviar-mas?\n\nJoana", 180, "pt",
            "Faltam as braçadeiras")
g14b = bsky(JM_B, "Joana Mendes",
            "@sunmothtextiles.bsky.social mandei email na segunda sobre as braçadeiras que faltavam nas "
            "cortinas Dune e nada... cortinas lindas mas a abanar ao vento sem nada que as prenda 😂",
            255, "pt")
group("pt", "same name only", g14a, g14b)
same_person("email:" + JM_E, "bluesky:" + JM_B)
g14c = bsky(JM_B, "Joana Mendes",
            "@sunmothtextiles.bsky.social e já agora: o estafeta que trouxe a caixa foi super mal educado, "
            "atirou-a para o chão da entrada e ainda resmungou comigo. não é culpa vossa mas fica o aviso",
            258, "pt")
neg("other-complaint", g14b, g14c, "same person: missing part, then a rude courier")

# ---------------------------------------------------------------- Italian
# G15 (it, mastodon, triple): custom curtains wrong length
GM = "@giuliamoretti@mastodon.uno"
g15a = masto(GM, "Giulia Moretti",
             "@sunmoth@home.social ciao! le tende su misura sono arrivate ma sono lunghe 240 invece di 260 "
             "come avevo scritto nell'ordine 🥲 restano sospese a metà finestra. come si risolve?", 100, "it")
g15b = masto(GM, "Giulia Moretti",
             "@sunmoth@home.social nessuna risposta sulle tende corte di 20 cm... le ho fatte fare su "
             "misura apposta eh", 150, "it")
g15c = masto(GM, "Giulia Moretti",
             "@sunmoth@home.social terzo messaggio. tende sbagliate, zero risposte. complimenti davvero 👏",
             210, "it")
group("it", "one identity", g15a, g15b, g15c)
g15d = masto(GM, "Giulia Moretti",
             "@sunmoth@home.social e comunque nel pacco mancavano anche i ganci, quindi anche se fossero "
             "giuste non potrei appenderle", 212, "it")
neg("other-complaint", g15c, g15d, "same order: wrong length, then hooks missing from the parcel")

# G16 (it, email -> bluesky, profile link): rude courier left the parcel in the rain
MC_E = "marco.colombo74@libero.example"
MC_B = "marcocolombo.bsky.social"
g16a = mail(MC_E, "Marco Colombo",
            "Buongiorno,\n\nvi segnalo che il corriere che ha consegnato l'ordine 42088 ieri si è rifiutato di "
            "salire al terzo piano, mi ha risposto in malo modo e ha lasciato il pacco sul marciapiede sotto "
            "la pioggia. Il copripiumino per fortuna era nel sacchetto. Non è accettabile.\n\n"
            "Cordiali saluti\nMarco Colombo", 222, "it", "Comportamento corriere ordine 42088")
g16b = bsky(MC_B, "Marco Colombo",
            "@sunmothtextiles.bsky.social vi ho scritto per mail due giorni fa: il vostro corriere mi ha "
            "trattato a pesci in faccia e mollato il pacco sotto la pioggia. nessuna risposta. bello.",
            270, "it", links=["email:" + MC_E])
group("it", "profile link", g16a, g16b)
same_person("email:" + MC_E, "bluesky:" + MC_B)

# ---------------------------------------------------------------- Dutch
# G17 (nl, email, pair): return label not received
LB = "lotte.bakker@ziggo.example"
g17a = mail(LB, "Lotte Bakker",
            "Hoi,\n\nIk wil het tafelkleed (bestelling 42102) retourneren, heb het retourformulier ingevuld "
            "maar er komt geen retourlabel. Kunnen jullie die opnieuw sturen?\n\nGroetjes,\nLotte", 118, "nl",
            "Retourlabel 42102")
g17b = mail(LB, "Lotte Bakker",
            "Hoi,\n\nNog steeds geen label ontvangen hoor. Het tafelkleed staat ingepakt in de gang te "
            "wachten.\n\nLotte", 185, "nl", "Re: Retourlabel 42102", thread=rid(g17a), irt=rid(g17a))
group("nl", "one identity", g17a, g17b)
g17c = mail(LB, "Lotte Bakker",
            "Hoi,\n\nAndere vraag: ik zie nu dat het tafelkleed twee keer van mijn rekening is afgeschreven "
            "(2x € 59,95 via iDEAL). Willen jullie dat even checken?\n\nLotte", 190, "nl",
            "Dubbele afschrijving")
neg("other-complaint", g17b, g17c, "same order 42102: return label missing, then a double charge")

# G18 (nl, mastodon -> email, same name only): discount code not working
SV_M = "@sannedv@mastodon.nl"
SV_E = "sanne.devries@kpnmail.example"
g18a = masto(SV_M, "Sanne de Vries",
             "@sunmoth@home.social jullie kortingscode LINNEN20 werkt niet? 'code verlopen' terwijl de mail "
             "zegt geldig t/m zondag. ik wil graag die kussenslopen bestellen", 88, "nl")
g18b = mail(SV_E, "Sanne de Vries",
            "Hallo,\n\nIk had het al via Mastodon gevraagd maar geen reactie: de code LINNEN20 wordt "
            "afgewezen ('verlopen'), terwijl hij volgens jullie nieuwsbrief nog geldig is. Kan de korting "
            "alsnog worden verrekend?\n\nMet vriendelijke groet,\nSanne de Vries", 112, "nl",
            "Kortingscode LINNEN20 werkt niet")
group("nl", "same name only", g18a, g18b)
same_person("mastodon:" + SV_M, "email:" + SV_E)
g18c = mail(SV_E, "Sanne de Vries",
            "Hallo,\n\nWeer hetzelfde probleem met een kortingscode, nu ZOMER10 uit de nieuwe nieuwsbrief: "
            "'code verlopen'. Testen jullie die codes wel?\n\nSanne", 410, "nl", "Alweer een code die niet werkt")
neg("window", g18b, g18c, "same person, discount code rejected again, two weeks later")

# ---------------------------------------------------------------- Catalan
# G19 (ca, email, pair): late order
PP = "pau.puig@vilaweb.example"
g19a = mail(PP, "Pau Puig i Serra",
            "Bon dia,\n\nVaig fer la comanda 42101 (joc de llençols de lli, 150) fa dues setmanes i encara no "
            "ha sortit del magatzem segons el seguiment. Em podeu dir alguna cosa?\n\nGràcies,\nPau",
            5, "ca", "Comanda 42101 sense enviar")
g19r = S.reply("email", "Hola Pau,\n\nEt demanem disculpes pel retard. Ho estem mirant amb el magatzem.\n\n"
               "Salutacions,\nSunmoth Textiles", 9, g19a, rid(g19a), "ca")
g19b = mail(PP, "Pau Puig i Serra",
            "Hola,\n\nJa fa 5 dies de \"ho estem mirant\" i la comanda continua igual, sense sortir. "
            "Si no la podeu enviar, torneu-me els diners i llestos.\n\nPau", 125, "ca",
            "Re: Comanda 42101 sense enviar", thread=rid(g19a), irt=rid(g19r))
group("ca", "one identity", g19a, g19b)
g19c = mail(PP, "Pau Puig i Serra",
            "Hola,\n\nJa han arribat els llençols, gràcies. Però la factura surt a nom d'una altra persona "
            "(una tal Montserrat Vila) i amb una adreça que no és la meva. Me la podeu refer?\n\nPau",
            240, "ca", "Factura comanda 42101 amb dades errònies")
neg("other-complaint", g19b, g19c, "same order 42101: late, then an invoice in someone else's name")

# G20 (ca, bluesky, pair): app crashes on login
AF = "aina-font.bsky.social"
g20a = bsky(AF, "Aina Font",
            "@sunmothtextiles.bsky.social l'app se'm tanca sola quan intento entrar al compte. iPhone, "
            "darrera versió. ho he provat 5 vegades", 280, "ca")
g20b = bsky(AF, "Aina Font",
            "@sunmothtextiles.bsky.social encara no puc entrar, es tanca només obrir-la. algú hi és? 🫠",
            330, "ca")
group("ca", "one identity", g20a, g20b)
g20c = bsky(AF, "Aina Font",
           "@sunmothtextiles.bsky.social per fi he pogut comprar des de l'ordinador, però la funda de coixí "
           "ha arribat amb una taca grisa al mig i no marxa rentant-la 😕", 420, "ca")
neg("other-complaint", g20b, g20c, "same person: app crash, then a stained cushion cover")

# ---------------------------------------------------------------- follow-ups
# F1 (en, email): order number the shop asked for
PS = "priya.s@outlook.example"
f1a = mail(PS, "Priya Shah",
           "Hi, the pillowcases I got are white, I ordered the pair in clay. Can you send the right ones? "
           "Thanks, Priya", 14, "en", "wrong pillowcases")
f1r = S.reply("email", "Hi Priya,\n\nSo sorry about that! Could you send us your order number so we can "
              "sort out the swap?\n\nMaddie @ Sunmoth", 18, f1a, rid(f1a), "en")
f1b = mail(PS, "Priya Shah",
           "Oh sorry, yes - it's 41911. Priya", 19, "en", "Re: wrong pillowcases",
           thread=rid(f1a), irt=rid(f1r))
neg("follow-up", f1a, f1b, "gives the order number the shop asked for")

# F2 (es, email): photo the shop asked for
MG = "mgonzalez.llorente@yahoo.example"
f2a = mail(MG, "Miguel González",
           "Hola, la funda nórdica ha llegado con una mancha grande en el centro, como de óxido. Pedido "
           "41960. Saludos", 47, "es", "Funda nórdica manchada")
f2r = S.reply("email", "Hola Miguel,\n\nQué rabia, lo sentimos. ¿Nos podrías mandar una foto de la "
              "mancha y de la etiqueta?\n\nGracias,\nSunmoth Textiles", 50, f2a, rid(f2a), "es")
f2b = mail(MG, "Miguel González",
           "Ahí van las fotos (mancha y etiqueta). Un saludo", 53, "es", "RE: Funda nórdica manchada",
           thread=rid(f2a), irt=rid(f2r))
neg("follow-up", f2a, f2b, "sends the photos the shop asked for")

# F3 (fr, email): customer's own PS with the photo
AL = "a.leroy@free.example"
f3a = mail(AL, "Antoine Leroy",
           "Bonjour, le rideau en lin reçu hier a un accroc d'environ 3 cm en bas, côté gauche. Commande "
           "42015. Que proposez-vous ? Antoine Leroy", 74, "fr", "Rideau abîmé")
f3b = mail(AL, "Antoine Leroy",
           "PS : j'ai oublié la photo, la voici en pièce jointe.", 74.3, "fr", "Re: Rideau abîmé",
           thread=rid(f3a), irt=rid(f3a))
neg("follow-up", f3a, f3b, "PS adding the forgotten photo")

# F4 (pt, email): photo of the damage the shop asked for
TC = "tiago.costa@mail.example"
f4a = mail(TC, "Tiago Costa",
           "Bom dia, a toalha de mesa chegou com a bainha descosida num dos lados. É a encomenda 42060. "
           "Tiago", 135, "pt", "Toalha descosida")
f4r = S.reply("email", "Bom dia Tiago,\n\nPedimos desculpa. Pode enviar-nos uma fotografia da bainha?\n\n"
              "Obrigado,\nSunmoth Textiles", 138, f4a, rid(f4a), "pt")
f4b = mail(TC, "Tiago Costa",
           "Segue a foto em anexo. Dá para ver bem onde descoseu.", 141, "pt", "Re: Toalha descosida",
           thread=rid(f4a), irt=rid(f4r))
neg("follow-up", f4a, f4b, "sends the photo the shop asked for")

# F5 (it, email): delivery address the shop asked to confirm
SR = "silvia.ricci@tiscali.example"
f5a = mail(SR, "Silvia Ricci",
           "Salve, il mio ordine 42070 risulta 'indirizzo incompleto' sul tracking. Come faccio? Silvia",
           160, "it", "Ordine 42070 indirizzo incompleto")
f5r = S.reply("email", "Ciao Silvia,\n\nci mandi l'indirizzo completo con interno e citofono? Lo "
              "giriamo subito al corriere.\n\nSunmoth Textiles", 163, f5a, rid(f5a), "it")
f5b = mail(SR, "Silvia Ricci",
           "Via Garibaldi 41, scala B, interno 7, citofono Ricci/Bassi, 10122 Torino. Grazie!", 164, "it",
           "Re: Ordine 42070 indirizzo incompleto", thread=rid(f5a), irt=rid(f5r))
neg("follow-up", f5a, f5b, "gives the full address the shop asked for")

# F6 (nl, email): extra detail in a PS
WJ = "w.jansen@planet.example"
f6a = mail(WJ, "Wouter Jansen",
           "Goedemiddag,\n\nBij het dekbedovertrek (bestelling 42080) zat maar één kussensloop in plaats "
           "van twee.\n\nGroet,\nWouter Jansen", 175, "nl", "Kussensloop ontbreekt")
f6b = mail(WJ, "Wouter Jansen",
           "PS: het gaat om de variant 'mist grey', 240x220. Voor het gemak.", 176, "nl",
           "Re: Kussensloop ontbreekt", thread=rid(f6a), irt=rid(f6a))
neg("follow-up", f6a, f6b, "PS adding the product variant")

# F7 (ca, email): order number the shop asked for
MR = "marta.roca@gmail.example"
f7a = mail(MR, "Marta Roca",
           "Hola! M'ha arribat el tovalló de color verd i el volia mostassa. Com ho canviem?\nMarta", 205,
           "ca", "Color equivocat")
f7r = S.reply("email", "Hola Marta,\n\nEns pots dir el número de comanda, si us plau?\n\nGràcies!\n"
              "Sunmoth Textiles", 208, f7a, rid(f7a), "ca")
f7b = mail(MR, "Marta Roca",
           "És la 42120. Gràcies!!", 209, "ca", "Re: Color equivocat", thread=rid(f7a), irt=rid(f7r))
neg("follow-up", f7a, f7b, "gives the order number the shop asked for")

# F8 (en, mastodon): order number in the same thread after the shop asked
OB = "@ollie_b@fosstodon.example"
f8a = masto(OB, "Ollie B",
            "@sunmoth@home.social hey, ordered a linen throw a fortnight ago and it still says 'processing'. "
            "is it actually in stock?", 225, "en")
f8r = S.reply("mastodon", "@ollie_b@fosstodon.example hi Ollie! Can you tell us the order number "
              "(or DM it) and we'll check right away?", 227, f8a, rid(f8a), "en")
f8b = masto(OB, "Ollie B",
            "@sunmoth@home.social sure, it's #42133 \U0001F44D", 228, "en", thread=rid(f8a), irt=rid(f8r))
neg("follow-up", f8a, f8b, "gives the order number the shop asked for, same thread")

# F9 (de, email): screenshot the shop asked for
UH = "u.hoffmann@t-online.example"
f9a = mail(UH, "Ute Hoffmann",
           "Guten Tag,\n\nauf meiner Rechnung zur Bestellung 42140 fehlt der Rabatt von 15 %, es steht der "
           "volle Preis drauf.\n\nMfG\nUte Hoffmann", 290, "de", "Rechnung 42140 fehlerhaft")
f9r = S.reply("email", "Guten Tag Frau Hoffmann,\n\nkönnten Sie uns einen Screenshot der Bestätigungsseite "
              "mit dem Rabatt schicken? Dann korrigieren wir die Rechnung.\n\nViele Grüße\nSunmoth Textiles",
              293, f9a, rid(f9a), "de")
f9b = mail(UH, "Ute Hoffmann",
           "Anbei der Screenshot.\n\nUte Hoffmann", 296, "de", "AW: Rechnung 42140 fehlerhaft",
           thread=rid(f9a), irt=rid(f9r))
neg("follow-up", f9a, f9b, "sends the screenshot the shop asked for")

# ---------------------------------------------------------------- other customers
# Two different people with the same display name, on two channels
AW_M = "@anna_w@social.tchncs.de"
AW_E = "anna.weber1988@gmx.example"
oc1a = masto(AW_M, "Anna Weber",
             "@sunmoth@home.social Meine Vorhänge sollten laut Mail letzte Woche kommen, Sendungsverfolgung "
             "sagt seit Tagen 'in Vorbereitung'. Bestellung 42005", 58, "de")
oc1b = mail(AW_E, "Anna Weber",
            "Hallo,\n\nmeine Bestellung 41990 (Tischdecke rund, 180 cm) ist immer noch nicht da, obwohl sie "
            "vor 10 Tagen verschickt wurde.\n\nLG Anna", 64, "de", "Wo bleibt meine Tischdecke?")
neg("other-customer", oc1a, oc1b, "two different people called Anna Weber, each with their own late order")
same_name_different("mastodon:" + AW_M, "email:" + AW_E)

MGB = "martagarcia.bsky.social"
MGE = "marta.garcia.lopez@telefonica.example"
oc2a = bsky(MGB, "Marta García",
            "@sunmothtextiles.bsky.social el descuento del 20% de la web no se aplica en el carrito, sale el "
            "precio normal 🙄", 92, "es")
oc2b = mail(MGE, "Marta García",
            "Hola,\n\nhe intentado usar el código de la newsletter en las servilletas y me dice que no es "
            "válido.\n\nGracias,\nMarta García López", 96, "es", "Código descuento")
neg("other-customer", oc2a, oc2b, "two different people called Marta García, both with a discount not applied")
same_name_different("bluesky:" + MGB, "email:" + MGE)

STM = "@samtaylor@mastodon.scot"
STB = "samt.bsky.social"
oc3a = masto(STM, "Sam Taylor",
             "@sunmoth@home.social sent the bolster cushion back three weeks ago, no refund yet. anyone?",
             170, "en")
oc3b = bsky(STB, "Sam Taylor",
            "@sunmothtextiles.bsky.social hi, still waiting for the refund on my returned napkins, it's "
            "been ages now", 176, "en")
neg("other-customer", oc3a, oc3b, "two different people called Sam Taylor, each waiting for a refund")
same_name_different("mastodon:" + STM, "bluesky:" + STB)

# Site outage: several people at once
ou1 = masto("@jpw@mastodon.online", "James Whitfield",
            "@sunmoth@home.social is your site down? getting a 502 on every page", 232, "en")
ou2 = bsky("evdberg.bsky.social", "Eva van den Berg",
           "@sunmothtextiles.bsky.social jullie website ligt eruit geloof ik? krijg alleen een foutmelding",
           232.4, "nl")
ou3 = mail("claire.dubois@laposte.example", "Claire Dubois",
           "Bonjour, impossible d'accéder à votre site depuis ce matin (erreur 502). J'essayais de "
           "commander des serviettes. Claire", 233, "fr", "Site inaccessible")
ou4 = masto("@irenegr@mastodon.social", "Irene Gil",
            "@sunmoth@home.social no carga la web, error 502. os pasa algo?", 233.5, "es")
neg("other-customer", ou1, ou2, "different people during the same site outage")
neg("other-customer", ou1, ou4, "different people during the same site outage")
neg("other-customer", ou2, ou3, "different people during the same site outage")
neg("other-customer", ou3, ou4, "different people during the same site outage")

# A couple sharing one order
cp1 = mail("peter.lindqvist@icloud.example", "Peter Lindqvist",
           "Hi, our order 42077 (bedding set + curtains) was due Monday and hasn't arrived. Any news? Peter",
           172, "en", "Order 42077")
cp2 = mail("helen.lindqvist@icloud.example", "Helen Lindqvist",
           "Hello - my husband may have already written, but the bedding and curtains we ordered "
           "(42077) still haven't come. Could you check? Many thanks, Helen", 175, "en", "Late order 42077")
neg("other-customer", cp1, cp2, "a couple writing separately about their one late order")

# Same day, same courier, two customers: delivered but not received
dn1 = mail("ana.sousa@gmail.example", "Ana Sousa",
           "Olá, o tracking diz entregue mas eu não recebi nada. Encomenda 42090. Ana", 262, "pt",
           "Entregue mas não recebido")
dn2 = bsky("brunonunes.bsky.social", "Bruno Nunes",
           "@sunmothtextiles.bsky.social diz 'entregue' desde ontem e cá em casa nem sinal do pacote. "
           "alguém está a receber as minhas coisas 🤔", 266, "pt")
neg("other-customer", dn1, dn2, "two different customers with a parcel marked delivered but not received")

# Password reset mail not arriving, two people
pr1 = masto("@lucabianchi@livellosegreto.it", "Luca Bianchi",
            "@sunmoth@home.social non mi arriva la mail per reimpostare la password, provato 3 volte", 300, "it")
pr2 = mail("francesca.galli@alice.example", "Francesca Galli",
           "Buongiorno, ho chiesto il reset della password ma non ricevo nessuna email. Come posso fare? "
           "Francesca Galli", 303, "it", "Reset password")
neg("other-customer", pr1, pr2, "two different people not getting the password reset mail")

# Another damaged tablecloth, another person
dm1 = bsky("kirstymac.bsky.social", "Kirsty Mac",
           "@sunmothtextiles.bsky.social tablecloth arrived with a tear along the fold :( order 41931", 40, "en")
neg("other-customer", g2a, dm1, "two different people with a damaged tablecloth")

# "Same here" in reply to someone else
sh1 = masto("@mathilde@mamot.fr", "Mathilde",
            "@sunmoth@home.social @nico-bertin moi aussi, page blanche au paiement, même problème", 63, "fr")
neg("other-customer", g12b, sh1, "another person reporting the same checkout crash")

# ---------------------------------------------------------------- window (same complaint > 7 days)
wa1 = mail("d.fraser@proton.example", "Duncan Fraser",
           "Hello,\n\nI returned the linen napkins (order 41790) on 28 April and still no refund. "
           "Could you look into it?\n\nDuncan", 15, "en", "Refund for 41790")
wa2 = mail("d.fraser@proton.example", "Duncan Fraser",
           "Hello again,\n\nStill no refund for the napkins I sent back, it's now over a month since the "
           "return. Getting a bit fed up.\n\nDuncan", 310, "en", "Still no refund - 41790")
neg("window", wa1, wa2, "same person, same refund, twelve days later")

wb1 = bsky("juliemrc.bsky.social", "Julie M.",
           "@sunmothtextiles.bsky.social impossible de me connecter, 'identifiants incorrects' alors que "
           "j'ai changé le mot de passe hier", 41, "fr")
wb2 = bsky("juliemrc.bsky.social", "Julie M.",
           "@sunmothtextiles.bsky.social re-belote, je peux plus me connecter à mon compte. "
           "vous avez un souci avec les comptes ou c'est moi ?", 281, "fr")
neg("window", wb1, wb2, "same person, login problem again ten days later")

wc1 = masto("@paoloferri@mastodon.uno", "Paolo Ferri",
            "@sunmoth@home.social ordine 42003 ancora non spedito dopo 10 giorni, che succede?", 104, "it")
wc2 = masto("@paoloferri@mastodon.uno", "Paolo Ferri",
            "@sunmoth@home.social siamo a 3 settimane e il 42003 è ancora fermo. vi prego ditemi qualcosa",
            335, "it")
neg("window", wc1, wc2, "same person, same unshipped order, more than nine days later")

# ---------------------------------------------------------------- filler (one-off questions)
mail("hannah.k@gmail.example", "Hannah Kerr",
     "Hi! Do you do custom-size tablecloths for an oval table, 220 x 110? Thanks, Hannah", 8, "en",
     "Oval tablecloth?")
masto("@tijs@mastodon.nl", "Tijs",
      "@sunmoth@home.social kan ik linnen lakens op 60 graden wassen of krimpen ze dan?", 25, "nl")
bsky("laurafdz.bsky.social", "Laura Fernández",
     "@sunmothtextiles.bsky.social ¿hacéis envíos a Canarias? y cuánto cuesta más o menos?", 55, "es")
mail("m.weiss@mailbox.example", "Martin Weiß",
     "Hallo,\n\nbieten Sie auch Gutscheine zum Verschenken an?\n\nGruß\nMartin Weiß", 83, "de",
     "Geschenkgutschein")
masto("@lea@piaille.fr", "Léa",
      "@sunmoth@home.social vos rideaux en lin laissent passer beaucoup de lumière ? c'est pour une "
      "chambre de bébé", 115, "fr")
bsky("carlosvieira.bsky.social", "Carlos Vieira",
     "@sunmothtextiles.bsky.social têm lençóis para cama de 90? não encontro no site", 130, "pt")
mail("elena.conti@fastwebnet.example", "Elena Conti",
     "Buongiorno, i vostri copripiumini hanno la chiusura con bottoni o zip? Grazie, Elena", 146, "it",
     "Info copripiumino")
masto("@jordi@mastodon.cat", "Jordi Soler",
      "@sunmoth@home.social feu cortines a mida per a finestres de més de 3 metres d'alçada?", 158, "ca")
bsky("noor-h.bsky.social", "Noor Hendriks",
     "@sunmothtextiles.bsky.social hebben jullie een fysieke winkel waar ik de stoffen kan voelen?", 185, "nl")
mail("g.fischer@freenet.example", "Greta Fischer",
     "Hallo, wie lange dauert die Anfertigung bei Vorhängen in Sondergröße ungefähr? Danke, Greta", 215,
     "de", "Lieferzeit Maßanfertigung")
masto("@beth@mastodon.ie", "Beth O'Connor",
      "@sunmoth@home.social do you sell fabric swatches? torn between sage and oat", 245, "en")
bsky("pilar-m.bsky.social", "Pilar Martín",
     "@sunmothtextiles.bsky.social las fundas de cojín de 50x50 vienen con relleno?", 275, "es")
mail("ines.ferreira@sapo.example", "Inês Ferreira",
     "Olá, é possível pagar por MB Way? Obrigada", 318, "pt", "Pagamento MB Way")
bsky("romain-g.bsky.social", "Romain G.",
     "@sunmothtextiles.bsky.social vous faites des nappes imperméables ou seulement en lin brut ?", 350, "fr")
masto("@alba@mastodon.cat", "Alba Pons",
      "@sunmoth@home.social quant triga l'enviament a Mallorca?", 380, "ca")
mail("rob.dekker@xs4all.example", "Rob Dekker",
     "Goedendag, is het mogelijk om een bestelling nog aan te passen voor verzending? Ik wil een extra "
     "kussensloop. Bestelling 42150. Groet, Rob", 400, "nl", "Bestelling aanpassen")

S.write(HERE, "Sunmoth Textiles: repeats in other words, rich in hard negatives; written by hand "
        "without sight of the detector or its lexicon; labels say what a reader would say.")
