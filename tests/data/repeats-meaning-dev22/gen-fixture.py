#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for a small angling shop,
Ravenpike Outfitters (fishing rods, reels, waders, tackle boxes), writing
in from email, Mastodon and Bluesky in eight languages (en, es, de, fr,
pt, it, nl, ca) over about three weeks of January.

30 true repeat groups (25 pairs, 5 triples): the same customer raising the
same complaint again within 7 days, in other words: a nudge in the same
mail thread after a non-committal answer, a sharper or shorter second
post, or a post on another channel that refers to the first one. 10 of
the groups span two channels; the identities there are known from a
profile link (the later author links to the earlier identity) or only
from the same display name.

Labelled negatives: follow-ups that bring what the shop asked for (or a
PS) in the same thread, the same customer with a different complaint,
different customers with the same complaint (an outage, a couple sharing
one order, two different people sharing a display name on two channels),
and the same complaint again after more than 7 days. Filler: one-off
questions from other customers.

The posts were written as customers of a small shop write, without sight
of the detector, its lexicon or the other labelled sets. The labels say
what a person reading the posts would say; they were never edited to fit
the detector.

Writes fixture.jsonl and labels.json next to this script; the output is
deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 1, 5, 7, 30, tzinfo=timezone.utc)

S = LabelledSet(BASE, "rp", "support@ravenpike.example", "@ravenpike@angling.social",
                "ravenpike.bsky.social", "Ravenpike Outfitters")
rid = S.rid


def mail(author, text, hours, lang, subject, name=None, thread=None, irt=None, links=None):
    return S.add("email", author, text, hours, lang=lang, subject=subject, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def masto(author, text, hours, lang, name=None, thread=None, irt=None, links=None):
    return S.add("mastodon", author, text, hours, lang=lang, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def bsky(author, text, hours, lang, name=None, thread=None, irt=None, links=None):
    return S.add("bluesky", author, text, hours, lang=lang, name=name,
                 thread=thread, in_reply_to=irt, links=links)


def answer(channel, text, hours, to, first, lang):
    return S.reply(channel, text, hours, rid(to), rid(first), lang)


# ---------------------------------------------------------------- English

# Reel order stuck at "label created": mail, non-committal answer, two nudges.
TOM = "tom.hargreaves@hargreaves-home.example"
a = mail(TOM, "Hi,\n\nI ordered a Tidewater 4000 reel and a spool of 10lb braid on the 28th "
         "(order 70412). The site said 2-3 working days, it's now over a week and the tracking "
         "hasn't moved from 'label created'. Can you tell me what's going on? I'm out on the "
         "Wye on Saturday and was hoping to have it by then.\n\nCheers,\nTom Hargreaves",
         2.5, "en", "Order 70412 - where is it?", name="Tom Hargreaves")
r = answer("email", "Hi Tom,\n\nThanks for getting in touch. We're looking into this with the "
           "courier and will get back to you as soon as we hear anything.\n\nKind regards,\n"
           "Ravenpike Outfitters", 6, a, a, "en")
b = mail(TOM, "Hi again,\n\nStill nothing. Tracking still says label created. Has it actually "
         "been sent or not? I'd rather know now than find out Friday night.\n\nTom",
         54, "en", "Re: Order 70412 - where is it?", name="Tom Hargreaves", thread=rid(a), irt=rid(r))
c = mail(TOM, "Hello?? Saturday's been and gone. Nearly a fortnight for one reel. If it isn't "
         "coming just refund me and I'll buy one in town.\nT.",
         150, "en", "Re: Order 70412 - where is it?", name="Tom Hargreaves", thread=rid(a), irt=rid(b))
S.group("en", "one identity", a, b, c)

# Snapped fly rod tip, Mastodon.
GILL = "@gillyfish@mastodon.scot"
a = masto(GILL, "Well that's disappointing. Brand new Kestrel 9ft #5 out of the tube this morning "
          "and the top section is snapped clean about 4 inches from the tip. Tube looked fine so no "
          "idea how. @ravenpike@angling.social 🎣😩", 20, "en", name="Gill Ross")
b = masto(GILL, "Two days, not a peep. Still sat here with three and a half sections of fly rod. "
          "Cracking start to the season, cheers @ravenpike@angling.social", 70, "en", name="Gill Ross")
S.group("en", "one identity", a, b)

# Double charge: mail, then Mastodon with a profile link to the mail address.
DAVE_M = "dokafor@okafor-mail.example"
DAVE_T = "@daveok@mastodon.online"
a = mail(DAVE_M, "Hello,\n\nI've just checked my banking app and I've been charged £84.99 twice "
         "for the same order (#70455, Brookline breathable waders). Only ordered the one pair "
         "obviously. Please refund the duplicate payment.\n\nThanks\nDavid Okafor",
         30, "en", "Charged twice", name="David Okafor")
b = masto(DAVE_T, "Emailed @ravenpike@angling.social on Tuesday about being billed twice for one "
          "pair of waders, heard nothing back. Anyone else had this with them? £170 gone for £85 "
          "of waders 🙃", 75, "en", name="Dave O", links=[DAVE_M])
S.group("en", "profile link", a, b)
S.same_person.append(["email:" + DAVE_M, "mastodon:" + DAVE_T])

# Newsletter code not applied: Bluesky, then mail under the same name.
PRIYA_B = "priyac.bsky.social"
PRIYA_M = "p.chandran@chandran.example"
a = bsky(PRIYA_B, "hey @ravenpike.bsky.social the WINTER20 code says 'applied' at checkout and then "
         "the total doesn't change?? tried on my phone and the laptop, same thing", 110, "en",
         name="Priya Chandran")
b = mail(PRIYA_M, "Hi there,\n\nI tried to use the code WINTER20 from your newsletter on the "
         "Deepwell 3-tray tackle box and the discount never comes off - the basket says the code "
         "is applied but I'm still being asked for the full £49.00. Could you apply it manually, "
         "or tell me what I'm doing wrong? Haven't placed the order yet.\n\nThanks,\nPriya",
         139, "en", "discount code", name="Priya Chandran")
S.group("en", "same name only", a, b)
S.same_person.append(["bluesky:" + PRIYA_B, "email:" + PRIYA_M])

# Locked out, no reset mail: three Bluesky posts.
MIKE = "mikebrennan.bsky.social"
a = bsky(MIKE, "Anyone at @ravenpike.bsky.social awake? Password reset email never arrives. "
         "Checked spam. Tried 3 times now", 150, "en", name="Mike B")
b = bsky(MIKE, "still can't get into my account. no reset mail, nothing. I just want to see what "
         "size I ordered last time ffs", 176, "en", name="Mike B")
c = bsky(MIKE, "day 3 of being locked out of my ravenpike account lol. is there an actual human "
         "reading these", 222, "en", name="Mike B")
S.group("en", "one identity", a, b, c)

# Cancelled subscription billed again: mail, "passed to billing", then angry reply.
SARAH = "sarah.blackwood@blackwood.example"
a = mail(SARAH, "Hi,\n\nI cancelled my Tackle Club subscription on 30 Dec (got the confirmation "
         "email and everything) but £24.99 has just gone out again on the 12th. Can you refund it "
         "and make sure the subscription is actually cancelled this time?\n\nThanks,\nSarah Blackwood",
         191, "en", "Tackle Club cancelled but still charged", name="Sarah Blackwood")
r = answer("email", "Hi Sarah,\n\nSorry about that - we've passed this on to our billing team and "
           "someone will be in touch.\n\nRavenpike Outfitters", 197, a, a, "en")
b = mail(SARAH, "Nobody has been in touch.\n\nOnce more: I cancelled in December, I was charged in "
         "January, I want my £24.99 back. I'm not paying for a box of flies I didn't ask for.\n\nSarah",
         262, "en", "Re: Tackle Club cancelled but still charged", name="Sarah Blackwood",
         thread=rid(a), irt=rid(r))
S.group("en", "one identity", a, b)

# ---------------------------------------------------------------- Spanish

# Wrong size waders: mail, non-committal answer, nudge.
LUCIA = "lucia.ferrer.m@correo.example"
a = mail(LUCIA, "Hola buenas,\n\nMe ha llegado hoy el vadeador Ironbank pero es la talla 42-43 y "
         "yo pedí la 44-45 (pedido nº 70471). En el albarán pone 44-45, así que el error es vuestro. "
         "¿Cómo hacemos el cambio? Lo necesito para el domingo.\n\nUn saludo,\nLucía Ferrer",
         40, "es", "Talla equivocada vadeador pedido 70471", name="Lucía Ferrer")
r = answer("email", "Hola Lucía,\n\nGracias por escribirnos. Lo estamos revisando y te decimos "
           "algo en cuanto podamos.\n\nUn saludo,\nRavenpike Outfitters", 47, a, a, "es")
b = mail(LUCIA, "Llevo dos días esperando y sigo con un vadeador que no me cabe. El domingo me voy "
         "al pantano y a este paso voy en vaqueros. ¿Me mandáis la talla correcta o no? Tampoco es "
         "tan complicado.\n\nLucía", 96, "es", "RE: Talla equivocada vadeador pedido 70471",
         name="Lucía Ferrer", thread=rid(a), irt=rid(r))
S.group("es", "one identity", a, b)

# Refund after a return: three Mastodon posts.
PACO = "@pacogarrido@masto.es"
a = masto(PACO, "@ravenpike@angling.social devolví el carrete Quillon hace 3 semanas, me "
          "confirmasteis que os había llegado y del reembolso ni rastro. 89,90€. ¿Para cuándo?",
          230, "es", name="Paco Garrido")
b = masto(PACO, "@ravenpike@angling.social sigo esperando mi dinero eh. Ni respuesta ni reembolso. "
          "Muy bonito todo", 263, "es", name="Paco Garrido")
c = masto(PACO, "Pues nada, otro día sin mis 89,90 €. Que sepáis que @ravenpike@angling.social "
          "tiene mi pasta desde diciembre y no contesta. Ojo con las devoluciones con esta gente.",
          301, "es", name="Paco Garrido")
S.group("es", "one identity", a, b, c)

# "Delivered" but not received: Bluesky, then mail with a link to the Bluesky handle.
MARTA_B = "martaolivares.bsky.social"
MARTA_M = "marta.olivares@correo.example"
a = bsky(MARTA_B, "@ravenpike.bsky.social el seguimiento dice ENTREGADO desde ayer a las 12:40 y "
         "aquí no ha llegado nada. Ni buzón, ni vecinos, ni conserje. Pedido 70533", 130, "es",
         name="Marta")
b = mail(MARTA_M, "Hola:\n\nOs escribo porque ayer os lo comenté por Bluesky y no he tenido "
         "respuesta. Mi paquete (una caja Deepwell y dos bobinas de fluorocarbono) aparece como "
         "entregado el viernes pero yo no lo he recibido. He preguntado a los vecinos y en "
         "portería, nada. Necesito que abráis una reclamación con la agencia o que me lo volváis "
         "a enviar.\n\nGracias,\nMarta Olivares", 159, "es",
         "Pedido marcado como entregado y no recibido", name="Marta Olivares", links=[MARTA_B])
S.group("es", "profile link", a, b)
S.same_person.append(["bluesky:" + MARTA_B, "email:" + MARTA_M])

# App closes on payment: Bluesky.
DANI = "dani-pesca.bsky.social"
a = bsky(DANI, "la app de @ravenpike.bsky.social se cierra sola cada vez q le doy a pagar. "
         "Android 14. Llevo 20 min intentandolo 🙃", 330, "es", name="Dani 🎣")
b = bsky(DANI, "nada, sigue petando al pagar. Me he quedado sin la caña de la oferta por vuestra "
         "app de las narices", 353, "es", name="Dani 🎣")
S.group("es", "one identity", a, b)

# ---------------------------------------------------------------- German

# Missing spare spool: mail, non-committal answer, two nudges.
JP = "j.pfeiffer@pfeiffer-net.example"
a = mail(JP, "Guten Tag,\n\nheute kam meine Tidewater 3000 Rolle an, allerdings fehlt die "
         "Ersatzspule, die laut Artikelbeschreibung dabei sein soll. Im Karton war nur die Rolle "
         "mit der Hauptspule. Bitte schicken Sie mir die fehlende Spule nach.\n\n"
         "Mit freundlichen Grüßen\nJürgen Pfeiffer", 12, "de",
         "Bestellung 70398 - Ersatzspule fehlt", name="Jürgen Pfeiffer")
r = answer("email", "Hallo Herr Pfeiffer,\n\nvielen Dank für Ihre Nachricht. Wir prüfen das und "
           "melden uns bei Ihnen.\n\nViele Grüße\nRavenpike Outfitters", 20, a, a, "de")
b = mail(JP, "Hallo,\n\nich warte immer noch auf eine Rückmeldung. Wann wird die Spule "
         "verschickt?\n\nGruß\nJ. Pfeiffer", 68, "de", "AW: Bestellung 70398 - Ersatzspule fehlt",
         name="Jürgen Pfeiffer", thread=rid(a), irt=rid(r))
c = mail(JP, "Sehr geehrte Damen und Herren,\n\nnun zum dritten Mal: in dem Karton war nur eine "
         "Spule statt zwei. Ich habe für ein vollständiges Produkt bezahlt. Entweder die Spule ist "
         "bis Ende der Woche hier oder die ganze Rolle geht zurück.\n\nJ. Pfeiffer", 120, "de",
         "AW: AW: Bestellung 70398 - Ersatzspule fehlt", name="Jürgen Pfeiffer",
         thread=rid(a), irt=rid(b))
S.group("de", "one identity", a, b, c)

# Return label never came: Mastodon.
BERND = "@anglerbernd@troet.cafe"
a = masto(BERND, "Hallo @ravenpike@angling.social, hab vor 4 Tagen ne Retoure angemeldet "
          "(Wathose passt nicht), aber das Retourenlabel ist nie gekommen. Auch nicht im Spam. "
          "Wie soll ich das Ding jetzt zurückschicken?", 200, "de", name="Bernd")
b = masto(BERND, "@ravenpike@angling.social immer noch kein Rücksendeetikett. Die Hose liegt hier "
          "im Flur rum und die 14 Tage laufen 🙄", 246, "de", name="Bernd")
S.group("de", "one identity", a, b)

# Invoice made out to the wrong name: mail, then Mastodon under the same name.
SAB_M = "sabine.krueger@isar-post.example"
SAB_T = "@sabinek@norden.social"
a = mail(SAB_M, "Guten Tag,\n\nauf meiner Rechnung RE-2026-0117 steht der falsche Empfänger. Ich "
         "hatte als Rechnungsadresse 'Fliegenfischerverein Obere Isar e.V.' angegeben, auf der "
         "Rechnung steht aber nur mein Privatname. Für die Vereinskasse brauche ich eine "
         "korrigierte Rechnung.\n\nViele Grüße\nSabine Krüger\nKassenwartin",
         280, "de", "Rechnung RE-2026-0117 fehlerhaft", name="Sabine Krüger")
b = masto(SAB_T, "@ravenpike@angling.social Ich bräuchte immer noch eine korrigierte Rechnung auf "
          "den Verein statt auf mich privat. Mail ist seit zwei Tagen raus. Der Kassenprüfer sitzt "
          "mir im Nacken 😅", 329, "de", name="Sabine Krüger")
S.group("de", "same name only", a, b)
S.same_person.append(["email:" + SAB_M, "mastodon:" + SAB_T])

# Order not dispatched: Bluesky.
FRITZ = "fischerfritz.bsky.social"
fritz_a = bsky(FRITZ, "@ravenpike.bsky.social Bestellung 70440 seit 6 Tagen 'in Bearbeitung'. "
               "Ist das normal bei euch? Wollte eigentlich am WE los", 60, "de", name="Fritz")
b = bsky(FRITZ, "So, Tag 8, Paket immer noch nicht raus. Langsam nervts. @ravenpike.bsky.social",
         108, "de", name="Fritz")
S.group("de", "one identity", fritz_a, b)

# ---------------------------------------------------------------- French

# Parcel "livré" never received: mail, non-committal answer, two nudges.
HEL = "helene.rousseau@laposte-perso.example"
a = mail(HEL, "Bonjour,\n\nLe suivi Colissimo de ma commande 70610 indique « livré » depuis ce midi "
         "mais je n'ai rien reçu. Pas d'avis de passage, rien dans la boîte aux lettres. "
         "Pouvez-vous faire une réclamation auprès du transporteur ?\n\nCordialement,\n"
         "Hélène Rousseau", 250, "fr", "Colis indiqué livré mais jamais reçu",
         name="Hélène Rousseau")
r = answer("email", "Bonjour Hélène,\n\nMerci pour votre message. Nous nous renseignons auprès du "
           "transporteur et revenons vers vous rapidement.\n\nBien à vous,\nRavenpike Outfitters",
           256, a, a, "fr")
b = mail(HEL, "Bonjour,\n\nToujours aucune nouvelle de mon colis, ni de votre part. Il s'agit de la "
         "cde 70610. Merci de me tenir informée.\n\nH. Rousseau", 300, "fr",
         "RE: Colis indiqué livré mais jamais reçu", name="Hélène Rousseau",
         thread=rid(a), irt=rid(r))
c = mail(HEL, "Bon. Ça fait bientôt une semaine. Un colis « livré » que personne n'a vu et pas de "
         "réponse. Je veux soit un renvoi soit un remboursement, mais là je tourne en rond.\n\n"
         "Hélène", 370, "fr", "RE: RE: Colis indiqué livré mais jamais reçu",
         name="Hélène Rousseau", thread=rid(a), irt=rid(b))
S.group("fr", "one identity", a, b, c)

# Wrong colour tackle box: Mastodon.
YAN = "@mouche_seche@piaille.fr"
yan_a = masto(YAN, "Commandé la caisse Deepwell en vert olive, reçu la même en... rose fluo. Alors "
              "certes on la verra de loin sur la berge mais bon. @ravenpike@angling.social on fait "
              "comment ?", 90, "fr", name="Yannick")
b = masto(YAN, "@ravenpike@angling.social toujours pas de réponse pour ma boîte rose bonbon. J'ai "
          "commandé de l'olive, je veux de l'olive", 141, "fr", name="Yannick")
S.group("fr", "one identity", yan_a, b)

# Refund for a returned rod: Mastodon, then Bluesky with a link to the Mastodon account.
CLA_T = "@claire_peche@mamot.fr"
CLA_B = "clairebesnard.bsky.social"
a = masto(CLA_T, "@ravenpike@angling.social bonjour, j'ai renvoyé la canne Stillwater le 2 janvier, "
          "vous avez confirmé la réception le 9 et toujours pas de remboursement (129 €). Des "
          "nouvelles ?", 388, "fr", name="Claire B.")
b = bsky(CLA_B, "Déjà demandé sur Mastodon sans réponse donc je tente ici : @ravenpike.bsky.social "
         "il est où mon remboursement pour la canne retournée ? Vous l'avez depuis plus de 10 "
         "jours", 421, "fr", name="Claire Besnard", links=[CLA_T])
S.group("fr", "profile link", a, b)
S.same_person.append(["mastodon:" + CLA_T, "bluesky:" + CLA_B])

# Rude courier: Bluesky, then mail under the same name.
THI_B = "thierrylef.bsky.social"
THI_M = "t.lefevre@lefevre-famille.example"
a = bsky(THI_B, "Le livreur de @ravenpike.bsky.social vient de balancer mon colis par-dessus le "
         "portail et m'a envoyé bouler quand je lui ai fait la remarque. Charmant.", 128, "fr",
         name="Thierry Lefèvre")
b = mail(THI_M, "Bonjour,\n\nJe me permets de vous écrire au sujet de la livraison d'hier "
         "(commande 70520). Le livreur a jeté le carton par-dessus mon portail et, quand je suis "
         "sorti, il m'a répondu de façon très grossière (« c'est pas mon problème »). Je ne "
         "souhaite plus être livré par ce transporteur.\n\nThierry Lefèvre", 153, "fr",
         "Livreur très désagréable", name="Thierry Lefèvre")
S.group("fr", "same name only", a, b)
S.same_person.append(["bluesky:" + THI_B, "email:" + THI_M])

# ---------------------------------------------------------------- Portuguese

# Double charge: mail, non-committal answer, nudge.
RUI = "rui.tavares@sapo-mail.example"
a = mail(RUI, "Boa tarde,\n\nFiz a encomenda 70460 (cana Kestrel 9' e uma caixa de moscas) e o "
         "valor foi debitado duas vezes no meu cartão, 2 x 156,40€. Agradeço que devolvam o valor "
         "cobrado a mais.\n\nCumprimentos,\nRui Tavares", 35, "pt",
         "Cobrança duplicada encomenda 70460", name="Rui Tavares")
r = answer("email", "Olá Rui,\n\nObrigado pelo contacto. Estamos a verificar a situação e "
           "entraremos em contacto em breve.\n\nCumprimentos,\nRavenpike Outfitters", 42, a, a, "pt")
b = mail(RUI, "Boa tarde,\n\nJá passaram 3 dias e continuo com o dinheiro cobrado a dobrar. Alguma "
         "novidade? Não é propriamente pouco.\n\nRui", 110, "pt",
         "RE: Cobrança duplicada encomenda 70460", name="Rui Tavares", thread=rid(a), irt=rid(r))
S.group("pt", "one identity", a, b)

# Coupon invalid: Bluesky (Brazilian).
LUCAS = "lucaspescador.bsky.social"
a = bsky(LUCAS, "@ravenpike.bsky.social o cupom PRIMEIRACOMPRA nao funciona, diz q é invalido. "
         "Peguei no site de vcs mesmo", 290, "pt", name="Lucas Andrade")
b = bsky(LUCAS, "alguém? cupom continua dando inválido e o molinete ta acabando no estoque 😤",
         318, "pt", name="Lucas Andrade")
S.group("pt", "one identity", a, b)

# Broken tackle box: mail, then Bluesky with a link to the mail address.
ANA_M = "ana.moreira@moreira-casa.example"
ANA_B = "anamoreira.bsky.social"
ana_a = mail(ANA_M, "Olá,\n\nRecebi hoje a caixa Deepwell de 3 tabuleiros (encomenda #70588) e a "
             "tampa vem rachada e uma das dobradiças partida. A embalagem estava toda amachucada. "
             "Envio fotos em anexo. Como procedemos para a troca?\n\nObrigada,\nAna Moreira",
             210, "pt", "Caixa chegou partida", name="Ana Moreira")
b = bsky(ANA_B, "Mandei email à @ravenpike.bsky.social há 2 dias com fotos da caixa que chegou "
         "partida e nada. Tampa rachada, dobradiça partida e silêncio total.", 265, "pt",
         name="Ana M.", links=[ANA_M])
S.group("pt", "profile link", ana_a, b)
S.same_person.append(["email:" + ANA_M, "bluesky:" + ANA_B])

# ---------------------------------------------------------------- Italian

# Locked out: two separate mails.
GIO = "g.bellini@bellini-studio.example"
a = mail(GIO, "Buongiorno,\nda ieri non riesco più ad entrare nel mio account, la password non "
         "viene accettata e la mail per reimpostarla non arriva (controllato anche nello spam). "
         "Potete aiutarmi?\nGrazie\nGiorgio Bellini", 80, "it", "non riesco ad accedere",
         name="Giorgio Bellini")
b = mail(GIO, "Salve, vi ho già scritto due giorni fa. Ancora nessuna mail di reset, sono fuori dal "
         "mio account. Devo ordinare dei waders per la settimana prossima, c'è qualcuno??\n\nG. Bellini", 128, "it",
         "ANCORA bloccato", name="Giorgio Bellini")
S.group("it", "one identity", a, b)

# Parcel stuck in Milan: Mastodon.
STE = "@pescatore_ligure@mastodon.uno"
a = masto(STE, "@ravenpike@angling.social ordine 70650 fermo a Milano da 5 giorni, tracking "
          "immobile. Qualcuno sa dirmi qualcosa?", 310, "it", name="Stefano")
b = masto(STE, "Ancora fermo a Milano eh. Sette giorni per un paio di stivali da guado. "
          "Complimenti @ravenpike@angling.social", 361, "it", name="Stefano")
S.group("it", "one identity", a, b)

# Wrong reel: Mastodon, then mail under the same name.
FRA_T = "@fra_gallo@livellosegreto.it"
FRA_M = "francesca.gallo@gallo-posta.example"
a = masto(FRA_T, "@ravenpike@angling.social ho ordinato un mulinello Tidewater 2500 e mi è "
          "arrivato un Quillon da casting 🤷‍♀️ non so neanche usarlo", 395, "it",
          name="Francesca Gallo")
b = mail(FRA_M, "Buonasera,\n\nvi scrivo anche qui perché su Mastodon nessuno mi ha risposto. Nel "
         "pacco dell'ordine 70702 invece del mulinello a bobina fissa Tidewater 2500 c'era un "
         "Quillon da casting. Vorrei ricevere quello che ho ordinato e sapere come rimandarvi "
         "l'altro.\n\nGrazie,\nFrancesca Gallo", 431, "it", "Articolo sbagliato ordine 70702",
         name="Francesca Gallo")
S.group("it", "same name only", a, b)
S.same_person.append(["mastodon:" + FRA_T, "email:" + FRA_M])

# ---------------------------------------------------------------- Dutch

# Refund for returned waders: mail, non-committal answer, nudge.
JOOST = "joostvandam@kpn-mail.example"
a = mail(JOOST, "Goedemorgen,\n\nIk heb op 19 december de Brookline waadbroek teruggestuurd (te "
         "klein). Volgens track & trace is hij op 22 december bij jullie bezorgd, maar ik heb nog "
         "steeds geen geld teruggezien. Het gaat om €139,95.\n\nMet vriendelijke groet,\n"
         "Joost van Dam", 15, "nl", "Terugbetaling retour", name="Joost van Dam")
r = answer("email", "Hallo Joost,\n\nBedankt voor je bericht. We zoeken het uit en komen zo snel "
           "mogelijk bij je terug.\n\nGroet,\nRavenpike Outfitters", 22, a, a, "nl")
b = mail(JOOST, "Hoi,\n\n'Zo snel mogelijk' duurt blijkbaar best lang. Nog steeds niks op mijn "
         "rekening. Kunnen jullie gewoon zeggen wanneer dat geld komt?\n\nJoost", 85, "nl",
         "Re: Terugbetaling retour", name="Joost van Dam", thread=rid(a), irt=rid(r))
S.group("nl", "one identity", a, b)

# Parcel stuck at the sorting centre: Bluesky.
RIK = "roofvisrik.bsky.social"
a = bsky(RIK, "@ravenpike.bsky.social mijn pakket (bestelling 70560) staat al 4 dagen op 'in "
         "sorteercentrum' bij PostNL. Ligt het ergens in een hoek? 🤔", 170, "nl", name="Rik")
b = bsky(RIK, "Pakket nog altijd zoek en niemand van @ravenpike.bsky.social die reageert. Lekker "
         "dan.", 216, "nl", name="Rik")
S.group("nl", "one identity", a, b)

# Cancelled subscription billed: Bluesky, then Mastodon with a link to the Bluesky handle.
EVA_B = "evabakker.bsky.social"
EVA_T = "@evab@mastodon.nl"
a = bsky(EVA_B, "Tackle Club opgezegd in december, bevestigingsmail gehad, en vandaag tóch weer "
         "€24,99 afgeschreven. @ravenpike.bsky.social hoe zit dat?", 416, "nl", name="Eva Bakker")
b = masto(EVA_T, "@ravenpike@angling.social gisteren al op Bluesky gevraagd: ik heb mijn "
          "abonnement opgezegd maar jullie schrijven gewoon nog af. Graag mijn geld terug en het "
          "abonnement écht stopzetten.", 440, "nl", name="Eva", links=[EVA_B])
S.group("nl", "profile link", a, b)
S.same_person.append(["bluesky:" + EVA_B, "mastodon:" + EVA_T])

# ---------------------------------------------------------------- Catalan

# Bent reel handle: mail, then his own reply in the thread.
JORDI = "jordi.puig@puigdomenech.example"
a = mail(JORDI, "Bon dia,\n\nAvui m'ha arribat el rodet Tidewater 4000 (comanda 70571) i la maneta "
         "està doblegada, no gira bé i fa un soroll estrany. La caixa estava aixafada per un "
         "costat. Què he de fer per canviar-lo?\n\nGràcies,\nJordi Puigdomènech", 180, "ca",
         "Rodet arribat malmès", name="Jordi Puigdomènech")
b = mail(JORDI, "Hola, no he rebut cap resposta. El rodet segueix igual, amb la maneta tocada i "
         "fent soroll. Em dieu alguna cosa si us plau?\n\nJordi", 235, "ca",
         "Re: Rodet arribat malmès", name="Jordi Puigdomènech", thread=rid(a), irt=rid(a))
S.group("ca", "one identity", a, b)

# Newsletter code: Mastodon.
NURIA = "@nuriapesca@mastodont.cat"
a = masto(NURIA, "@ravenpike@angling.social el codi de descompte del butlletí (GENER10) no "
          "s'aplica a la cistella. Diu que no es valid 🤷", 450, "ca", name="Núria")
b = masto(NURIA, "Doncs res, el GENER10 segueix sense funcionar i ningú diu res. Si no s'ha de fer "
          "servir, digueu-ho i prou @ravenpike@angling.social", 471, "ca", name="Núria")
S.group("ca", "one identity", a, b)

# Order not shipped: mail, then Bluesky under the same name.
MARC_M = "marc.vilaro@vilaro.example"
MARC_B = "marcvilaro.bsky.social"
a = mail(MARC_M, "Hola,\n\nVaig fer la comanda 70680 (unes botes de vadeig i una caixa d'esquers) "
         "fa 6 dies i encara posa 'pendent d'enviament'. Em podeu dir quan sortirà?\n\n"
         "Salutacions,\nMarc Vilaró", 340, "ca", "Comanda 70680 encara sense enviar",
         name="Marc Vilaró")
b = bsky(MARC_B, "@ravenpike.bsky.social fa una setmana que espero una comanda que ni tan sols ha "
         "sortit del magatzem. Ja us vaig escriure un correu i res. Hi ha algú?", 385, "ca",
         name="Marc Vilaró")
S.group("ca", "same name only", a, b)
S.same_person.append(["email:" + MARC_M, "bluesky:" + MARC_B])

# ---------------------------------------------------------------- follow-ups

NADIA = "nadia.hussain@hussain.example"
a = mail(NADIA, "Hi,\n\nThe sole on my left Riverstep wading boot has started peeling away at the "
         "toe after two trips out. They're only a month old. Is that covered?\n\nNadia", 45, "en",
         "Boot sole coming away", name="Nadia Hussain")
r = answer("email", "Hi Nadia,\n\nSorry to hear that. Could you send us a photo of the boot and your "
           "order number so we can arrange a replacement?\n\nThanks,\nRavenpike Outfitters",
           50, a, a, "en")
b = mail(NADIA, "Hi, photo attached - you can see where it's lifting at the toe. Order number is "
         "70233 I think (it was the 3rd of December).\n\nThanks, Nadia", 58, "en",
         "Re: Boot sole coming away", name="Nadia Hussain", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "sends the photo and order number the shop asked for")

ALV = "alvaro.sanz@correo.example"
a = mail(ALV, "Hola,\n\nMe habéis cobrado 6,95€ de gastos de envío y en la web pone que a partir de "
         "60€ es gratis. Mi pedido era de 72€. ¿Me lo podéis devolver?\n\nGracias\nÁlvaro",
         64, "es", "Gastos de envío cobrados", name="Álvaro Sanz")
r = answer("email", "Hola Álvaro,\n\n¿Nos puedes indicar el número de pedido para revisarlo?\n\n"
           "Un saludo,\nRavenpike Outfitters", 70, a, a, "es")
b = mail(ALV, "Perdón, se me pasó ponerlo. Es el 70502.\n\nÁlvaro", 73, "es",
         "RE: Gastos de envío cobrados", name="Álvaro Sanz", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the order number the shop asked for")

MONI = "monika.hahn@hahn-web.example"
a = mail(MONI, "Hallo,\n\ndie Ironbank Wathose, die ich im Dezember bei Ihnen gekauft habe, ist am "
         "linken Knie undicht. Nach einer Stunde im Wasser ist das Hosenbein innen komplett nass. "
         "Ist das ein Garantiefall?\n\nGrüße\nMonika Hahn", 155, "de", "Wathose undicht",
         name="Monika Hahn")
b = mail(MONI, "PS: Bestellnummer vergessen, das war 70311. Foto vom nassen Hosenbein hängt an.\n\nM. Hahn",
         156.5, "de", "Re: Wathose undicht", name="Monika Hahn", thread=rid(a), irt=rid(a))
S.negative("follow-up", a, b, "PS with the order number and a photo, same thread")

MATH = "mathieu.girard@girard-mail.example"
a = mail(MATH, "Bonjour,\n\nLa bobine de mon moulinet Tidewater 2500 a du jeu, elle bouge de "
         "quelques millimètres quand je mouline et ça claque. Acheté il y a trois semaines.\n\n"
         "Mathieu Girard", 205, "fr", "Moulinet Tidewater : jeu dans la bobine",
         name="Mathieu Girard")
r = answer("email", "Bonjour Mathieu,\n\nPourriez-vous nous envoyer une courte vidéo du problème ? "
           "Cela aidera notre atelier.\n\nBien cordialement,\nRavenpike Outfitters", 212, a, a, "fr")
b = mail(MATH, "Voilà la vidéo, on entend bien le clac à chaque tour de manivelle.\n\nMathieu",
         225, "fr", "Re: Moulinet Tidewater : jeu dans la bobine", name="Mathieu Girard",
         thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "sends the video the shop asked for")

CHIARA = "chiara.conti@conti-mail.example"
a = mail(CHIARA, "Buongiorno, il corriere dice che non ha potuto consegnare il mio pacco (ordine "
         "70615) perché l'indirizzo è incompleto. Ma io l'ho scritto giusto! Come si fa adesso?\n\n"
         "Chiara Conti", 268, "it", "Pacco non consegnato", name="Chiara Conti")
r = answer("email", "Gentile Chiara,\n\nci può mandare l'indirizzo completo, con interno e nome sul "
           "citofono? Lo passiamo subito al corriere.\n\nCordiali saluti,\nRavenpike Outfitters",
           273, a, a, "it")
b = mail(CHIARA, "Ecco: Via dei Pescatori 18, scala B, interno 4, citofono Conti-Ruggeri. Forse "
         "mancava il doppio cognome sul citofono.\n\nGrazie, Chiara", 275, "it",
         "R: Pacco non consegnato", name="Chiara Conti", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the full address the shop asked for")

BART = "@vliegvisser_bart@mastodon.nl"
a = masto(BART, "@ravenpike@angling.social bij mijn nieuwe Kestrel zit een ring van het tweede "
          "deel los, draait gewoon rond. Kan dat worden opgelost?", 355, "nl", name="Bart")
r = answer("mastodon", "@vliegvisser_bart@mastodon.nl Vervelend! Kun je ons je bestelnummer en een "
           "foto sturen? Dan regelen we het.", 358, a, a, "nl")
b = masto(BART, "@ravenpike@angling.social bestelnummer is 70597, foto van de losse ring hierbij",
          362, "nl", name="Bart", thread=rid(a), irt=rid(r))
S.negative("follow-up", a, b, "gives the order number and photo the shop asked for")

# ---------------------------------------------------------------- other complaints

GRA = "graham.teller@teller.example"
a = mail(GRA, "Hi,\n\nOrder 70478 was due Tuesday and there's no sign of it. Can you check where it "
         "is please?\n\nGraham Teller", 61, "en", "Late order 70478", name="Graham Teller")
b = mail(GRA, "Hi,\n\nThe parcel turned up at last, thanks. Different problem now: the invoice "
         "has my old address in Leeds on it and I need it correct for my expenses claim. Could "
         "you reissue it?\n\nGraham", 160, "en", "Invoice for 70478 - wrong address",
         name="Graham Teller")
S.negative("other-complaint", a, b, "late parcel, then a wrong address on the invoice (same order)")

b = bsky(FRITZ, "Und nebenbei: eure Seite loggt mich alle 5 Minuten aus. Bei jedem Klick neu "
         "anmelden, super", 131, "de", name="Fritz")
S.negative("other-complaint", fritz_a, b, "order not dispatched, then the site logging him out")

b = masto(YAN, "Et sinon, votre code NOUVELAN ne passe pas non plus. Décidément.", 170, "fr",
          name="Yannick")
S.negative("other-complaint", yan_a, b, "wrong colour, then a discount code not working")

b = mail(ANA_M, "Olá,\n\nOutra questão: a fatura da encomenda 70588 saiu sem o meu NIF. Podem "
         "emitir uma nova com o NIF? Digam-me se querem que vos envie o número.\n\n"
         "Ana Moreira", 282, "pt", "Fatura sem NIF", name="Ana Moreira")
S.negative("other-complaint", ana_a, b, "broken tackle box, then an invoice without her tax number")

LOR = "lorenzo-mosca.bsky.social"
a = bsky(LOR, "@ravenpike.bsky.social la vostra app si chiude appena apro il carrello. iPhone 13, "
         "app aggiornata", 232, "it", name="Lorenzo")
b = bsky(LOR, "Alla fine ho ordinato dal pc. Arrivato oggi, ma la canna è la 2,40 e io avevo preso "
         "la Stillwater 2,70 🙄 @ravenpike.bsky.social", 276, "it", name="Lorenzo")
S.negative("other-complaint", a, b, "app crash, then a wrong rod length in the parcel")

LAIA = "laia.ferrer@ferrer-casa.example"
a = mail(LAIA, "Hola,\n\nVaig demanar fer una devolució de les botes fa tres dies i encara no m'ha "
         "arribat l'etiqueta per enviar-les. Me la podeu tornar a enviar?\n\nLaia", 320, "ca",
         "Etiqueta de devolució", name="Laia Ferrer")
b = mail(LAIA, "Hola de nou,\n\nAra miro el banc i veig que la comanda de les botes me l'heu cobrada "
         "dues vegades (dos càrrecs de 94,50€ el mateix dia). Això ja no té a veure amb la "
         "devolució.\n\nLaia Ferrer", 362, "ca", "Doble càrrec", name="Laia Ferrer")
S.negative("other-complaint", a, b, "return label missing, then a double charge")

# ---------------------------------------------------------------- other customers

a = masto("@tightlines_jo@mastodon.social", "is the @ravenpike@angling.social site down for anyone "
          "else? checkout just spins and then error 500", 266, "en", name="Jo")
b = masto("@carpcraig@mstdn.social", "@ravenpike@angling.social your checkout's broken, tried to "
          "pay 3 times and it keeps throwing an error", 267, "en", name="Craig")
S.negative("other-customer", a, b, "two customers hit by the same checkout outage")

a = mail("linda.marsh@marsh-family.example", "Hello,\n\nI ordered a Tidewater 4000 reel (order "
         "70490) as a birthday present for my husband and it still hasn't arrived after ten days. "
         "Could you chase it please?\n\nLinda Marsh", 118, "en",
         "Order 70490 not arrived", name="Linda Marsh")
b = bsky("kevmarsh.bsky.social", "The missus ordered me a new reel from @ravenpike.bsky.social for "
         "my birthday, 10 days on and it's still not here. Birthday's been and gone 😂", 150, "en",
         name="Kev Marsh")
S.negative("other-customer", a, b, "a couple, one order: wife and husband each ask")

a = masto("@rosa_rio@masto.es", "@ravenpike@angling.social el código ENERO15 no funciona, dice "
          "'cupón caducado' y estamos a día 9", 98, "es", name="Rosa")
b = mail("ignacio.lara@correo.example", "Hola,\n\nEstoy intentando usar el código ENERO15 que "
         "anunciáis en la web y me sale que está caducado. ¿Es un error?\n\nIgnacio Lara", 104,
         "es", "Código ENERO15", name="Ignacio Lara")
S.negative("other-customer", a, b, "two customers with the same expired-code error")

MW_M = "markus.weber@hh-mail.example"
MW_T = "@mweber@graz.social"
a = mail(MW_M, "Moin,\n\nmeine Bestellung 70640 (Wathose Brookline, Gr. L) ist noch nicht in "
         "Hamburg angekommen, laut Sendungsverfolgung seit drei Tagen unterwegs. Können Sie "
         "nachhaken?\n\nMarkus Weber", 290, "de", "Bestellung 70640 noch nicht da",
         name="Markus Weber")
b = masto(MW_T, "Servus @ravenpike@angling.social, meine Rolle ist nach einer Woche immer noch "
          "nicht verschickt. Nach Österreich dauert's wohl länger?", 300, "de", name="Markus Weber")
S.negative("other-customer", a, b, "two different people named Markus Weber, different orders")
S.same_name_different_people.append(["email:" + MW_M, "mastodon:" + MW_T])

JM_B = "juliemartin-peche.bsky.social"
JM_T = "@juliemartin@piaille.fr"
a = bsky(JM_B, "Scion du haut de ma Kestrel 9' cassé à la livraison, le tube était écrasé. "
         "@ravenpike.bsky.social vous faites l'échange ?", 225, "fr", name="Julie Martin")
b = masto(JM_T, "@ravenpike@angling.social ma canne feeder Stillwater est arrivée avec le quiver "
          "tip cassé net 😞 commande de Noël pour mon père", 236, "fr", name="Julie Martin")
S.negative("other-customer", a, b, "two different people named Julie Martin, different rods")
S.same_name_different_people.append(["bluesky:" + JM_B, "mastodon:" + JM_T])

a = bsky("sanne-vist.bsky.social", "Sinds de update van vanochtend crasht de @ravenpike.bsky.social "
         "app meteen bij het opstarten. Iemand anders ook?", 456, "nl", name="Sanne")
b = bsky("dirkjan.bsky.social", "ravenpike app doet het niet meer na de update, blijft hangen op "
         "het logo. Android.", 459, "nl", name="Dirk-Jan")
S.negative("other-customer", a, b, "two customers, same app crash after an update")

# ---------------------------------------------------------------- window

OWEN = "owen.price@price-cymru.example"
a = mail(OWEN, "Hi,\n\nI requested a return for the Deepwell box last week but the return label "
         "never came through. Can you resend it?\n\nOwen", 8, "en", "Return label",
         name="Owen Price")
b = mail(OWEN, "Hello,\n\nStill no return label for the tackle box. Could someone please email it "
         "over?\n\nOwen Price", 226, "en", "Return label - still waiting", name="Owen Price")
S.negative("window", a, b, "same return label complaint nine days later")

HUCH = "@huchenjaeger@troet.cafe"
a = masto(HUCH, "@ravenpike@angling.social Paket 70420 hängt seit Tagen beim Paketzentrum. Kann "
          "da mal jemand nachfragen?", 26, "de", name="Huchenjäger")
b = masto(HUCH, "@ravenpike@angling.social Paket immer noch nicht da. Das Paketzentrum scheint ein "
          "schwarzes Loch zu sein", 270, "de", name="Huchenjäger")
S.negative("window", a, b, "same stuck parcel ten days later")

MARCO = "marco.rinaldi@rinaldi.example"
a = mail(MARCO, "Buongiorno,\n\nho restituito i waders a metà dicembre ma il rimborso non è ancora "
         "arrivato. Potete controllare?\n\nMarco Rinaldi", 100, "it", "Rimborso waders",
         name="Marco Rinaldi")
b = mail(MARCO, "Buongiorno,\n\nsono passate più di una settimana dalla mia ultima mail e del "
         "rimborso dei waders ancora niente.\n\nMarco Rinaldi", 301, "it", "Rimborso ancora non ricevuto",
         name="Marco Rinaldi")
S.negative("window", a, b, "same refund complaint more than eight days later")

JOAO = "joaopesca.bsky.social"
a = bsky(JOAO, "@ravenpike.bsky.social o pagamento por MB Way dá sempre erro no fim. Alguma "
         "solução?", 188, "pt", name="João")
b = bsky(JOAO, "MB Way continua a dar erro no vosso site @ravenpike.bsky.social 😑", 478, "pt",
         name="João")
S.negative("window", a, b, "same payment error twelve days later")

# ---------------------------------------------------------------- filler

mail("siobhan.keane@keane.example", "Hi, do you ship to Ireland, and if so roughly how long does "
     "it take? Looking at the Ironbank waders.\nThanks, Siobhan", 4, "en", "Shipping to Ireland",
     name="Siobhan Keane")
masto("@dryfly_dan@mastodon.social", "@ravenpike@angling.social is the Kestrel 9ft #5 available as "
      "a 4-piece or only 2? Want something that fits in a rucksack", 33, "en", name="Dan")
bsky("perchpatrol.bsky.social", "what braid would you pair with the Tidewater 2500 for river perch "
     "@ravenpike.bsky.social? 8lb enough?", 190, "en", name="Perch Patrol")
mail("carmen.vidal@correo.example", "Hola, ¿tenéis tienda física o solo online? Me gustaría probar "
     "unos vadeadores antes de comprarlos.\nGracias", 52, "es", "Tienda física",
     name="Carmen Vidal")
masto("@truchero@masto.es", "@ravenpike@angling.social los vadeadores Ironbank ¿tallan grande o "
      "normal? Calzo un 44", 240, "es", name="Truchero")
mail("h.brandt@brandt-online.example", "Guten Tag,\n\ngibt es die Ironbank Wathose auch in Schuhgröße "
     "47?\n\nDanke\nH. Brandt", 100.5, "de", "Wathose Größe 47", name="Heiko Brandt")
bsky("alpenforelle.bsky.social", "Versendet ihr auch nach Österreich und was kostet das? "
     "@ravenpike.bsky.social", 305, "de", name="Alpenforelle")
mail("odile.fabre@fabre.example", "Bonjour,\n\nProposez-vous des cartes cadeaux ? Ce serait pour "
     "l'anniversaire de mon mari, grand pêcheur de truites.\n\nOdile Fabre", 145, "fr",
     "Carte cadeau", name="Odile Fabre")
bsky("brochet-du-lac.bsky.social", "@ravenpike.bsky.social la Stillwater 2,70 m, elle passe en "
     "bagage cabine une fois démontée ?", 402, "fr", name="Brochet du lac")
masto("@pescadordorio@masto.pt", "@ravenpike@angling.social enviam para Portugal? Quanto tempo "
      "demora mais ou menos?", 124, "pt", name="Pescador do Rio")
mail("segreteria@lenzasport.example", "Buongiorno,\n\nsiamo un'associazione di pesca sportiva: "
     "potete emettere fattura intestata all'associazione con codice fiscale?\n\nGrazie,\n"
     "Segreteria Lenza Sport", 212.5, "it", "Fattura per associazione", name="Lenza Sport ASD")
bsky("mancino-pesca.bsky.social", "Il Quillon si può montare per mancini? "
     "@ravenpike.bsky.social", 345, "it", name="Alessio")
mail("wendy.koster@koster.example", "Hallo,\n\nVerkopen jullie ook waadpakken voor kinderen? Mijn "
     "zoon van 10 wil mee de rivier in.\n\nGroet,\nWendy Koster", 182, "nl", "Kinderwaadpak",
     name="Wendy Koster")
masto("@karperkoning@mastodon.nl", "@ravenpike@angling.social wanneer is de Deepwell 5-tray weer "
      "op voorraad?", 412, "nl", name="Karperkoning")
bsky("pesca-ebre.bsky.social", "Teniu botes de vadeig amb sola de feltre? @ravenpike.bsky.social",
     288, "ca", name="Pesca a l'Ebre")
mail("r.hale@halefamily.example", "Hi,\n\nCan I still change the delivery address on my order "
     "before it ships? I'll be at my mum's next week.\n\nRob Hale", 440.5, "en",
     "Change delivery address", name="Rob Hale")

S.write(HERE, "Repeats in other words for an angling shop, eight languages, written without "
        "sight of the detector; labels are what a reader would say.")
