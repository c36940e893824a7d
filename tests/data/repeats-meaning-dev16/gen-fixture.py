#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A labelled set of repeats in other words for "Pebble & Loom", a small
online shop for children's clothes and soft toys (organic cotton bodysuits,
knitted rabbits, sleep sacks, a "size-up" clothing subscription).

Posts on email, Mastodon and Bluesky in eight languages (en, es, de, fr, pt,
it, nl, ca): 30 true repeat groups (25 pairs, 5 triples; 10 across two
channels, known by a profile link or by the same display name only),
labelled negatives (follow-ups in the same thread, other complaints by the
same customer, the same complaint by other customers, the same complaint
again after more than 7 days) and one-off questions as filler.

The posts were written without sight of the detector, its lexicon or the
other sets; the labels say what a person reading the posts would say and
were never edited to fit the detector. Run it to write fixture.jsonl and
labels.json next to it; the output is deterministic.
"""
import os
import sys
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from labelled_repeats import LabelledSet  # noqa: E402

BASE = datetime(2026, 7, 13, 7, 20, tzinfo=timezone.utc)
S = LabelledSet(BASE, "pl", "hello@pebbleloom.example", "@pebbleloom@toot.example",
                "pebbleloom.example", "Pebble & Loom")
add, group, negative, reply, rid = S.add, S.group, S.negative, S.reply, S.rid


def mail_reply(first, last, text, hours, lang):
    """The shop answers @last in the thread started by @first."""
    return reply("email", text, hours, to=rid(last), thread=rid(first), lang=lang)


def social_reply(channel, to, text, hours, lang):
    return reply(channel, text, hours, to=rid(to), thread=rid(to), lang=lang)


# ---------------------------------------------------------------- English
# G1: late parcel, email thread, non-committal answer, then a bare nudge.
a = add("email", "jo.harlow@fastmail.example", name="Jo Harlow", lang="en", hours=2,
        subject="Order #20417 - where is it?",
        text="Hi there,\n\nI ordered the oatmeal sleep sack (2.5 tog, 6-18m) and two bodysuits on the 3rd, "
             "order #20417. Tracking hasn't moved since it left your warehouse and it's now well past the "
             "3-5 days on your site. My daughter's old sleep sack has a broken zip so I really need this one.\n\n"
             "Thanks,\nJo")
r = mail_reply(a, a, "Hi Jo, thanks for getting in touch. We're looking into this with the courier "
                     "and will get back to you as soon as we hear. Warm wishes, Hattie @ Pebble & Loom", 6, "en")
b = add("email", "jo.harlow@fastmail.example", name="Jo Harlow", lang="en", hours=51,
        subject="Re: Order #20417 - where is it?", thread=rid(a), in_reply_to=rid(r),
        text="Hi Hattie, two days on and the tracking still says 'in transit'. Has the courier actually "
             "told you anything? I'd rather have a refund than keep waiting tbh.\nJo")
c = add("email", "jo.harlow@fastmail.example", name="Jo Harlow", lang="en", hours=98,
        subject="Re: Order #20417 - where is it?", thread=rid(a), in_reply_to=rid(r),
        text="hello?? still nothing. sent from my phone")
group("en", "one identity", a, b, c)
# other complaint by the same customer, same order: the invoice.
oc1 = add("email", "jo.harlow@fastmail.example", name="Jo Harlow", lang="en", hours=150,
          subject="invoice for 20417",
          text="Hi, the parcel finally turned up, thanks. Small thing though: the invoice in the box charges "
               "me for three bodysuits but I only ordered (and got) two. Could you send a corrected invoice? "
               "It's going through my work's childcare allowance so it has to match.\nJo")
negative("other-complaint", a, oc1, "same customer and order: first the late parcel, then a wrong invoice")

# G2: knitted rabbit with a split seam, Mastodon, second one sarcastic.
a = add("mastodon", "@mossandfern@mastodon.example", name="Priya 🌿", lang="en", hours=9,
        text="@pebbleloom@toot.example our knitted rabbit (the grey one, 'Bramble') has come apart at the "
             "neck seam after a week. Stuffing everywhere. Toddler devastated. Not what I expect for £34 tbh")
b = add("mastodon", "@mossandfern@mastodon.example", name="Priya 🌿", lang="en", hours=40,
        text="Love how @pebbleloom@toot.example posts cute photos of rabbits all day but can't answer "
             "one about a rabbit that's literally losing its head. Bramble's still in surgery btw 🙃")
group("en", "one identity", a, b)

# G3: refund for a returned sleep sack, email then Bluesky with a profile link.
a = add("email", "m.okafor@inbox.example", name="Michael Okafor", lang="en", hours=20,
        subject="Refund for returned sleep sack",
        text="Hello,\n\nI returned a Sleep Sack (Sage, 18-36m) from order 20388 on 1 July. Royal Mail shows it "
             "was signed for by you on the 4th. I still haven't had the £42 back on my card. How long does it "
             "usually take?\n\nRegards,\nMichael Okafor")
r = mail_reply(a, a, "Hi Michael, sorry for the wait. Refunds can take a few days to show, we'll check "
                     "where this one is. Best, Hattie", 27, "en")
b = add("bluesky", "mikeokafor.bsky.social", name="Mike Okafor", links=["m.okafor@inbox.example"],
        lang="en", hours=130,
        text="@pebbleloom.example emailed you last week about my refund for the sleep sack I sent back "
             "(signed for on the 4th!). 'A few days' has turned into nearly two weeks. Still no £42.")
group("en", "profile link", a, b)

# G4: size-up subscription cancelled but billed, Mastodon then email, same name only.
a = add("mastodon", "@rosie_t@mstdn.example", name="Rosie Tran", lang="en", hours=31,
        text="Cancelled my size-up box with @pebbleloom@toot.example in June and they've just taken "
             "another £29 for July. Anyone else had this? Confirmation email and everything.")
b = add("email", "rosalind.tran@postbox.example", name="Rosie Tran", lang="en", hours=55,
        subject="Charged after cancelling subscription",
        text="Hi,\n\nI cancelled my Size-Up subscription on 24 June (I have the confirmation email, "
             "screenshot attached) and you charged me £29.00 again on 12 July. Please refund it and make "
             "sure it doesn't happen again in August.\n\nRosie")
S.same_person.append(["mastodon:@rosie_t@mstdn.example", "email:rosalind.tran@postbox.example"])
group("en", "same name only", a, b)

# G5: coupon not applied, email, second shorter.
a = add("email", "dan.whitlock@mailbox.example", name="Dan Whitlock", lang="en", hours=60,
        subject="WELCOME10 didn't work",
        text="Hiya, I signed up to the newsletter and got the WELCOME10 code but at checkout it said "
             "'code applied' and then the total was exactly the same. Order went through anyway (20502). "
             "Can you refund the 10%? Cheers, Dan")
r = mail_reply(a, a, "Hi Dan, thanks for flagging this, we'll look into it. Pebble & Loom", 70, "en")
b = add("email", "dan.whitlock@mailbox.example", name="Dan Whitlock", lang="en", hours=142,
        subject="Re: WELCOME10 didn't work", thread=rid(a), in_reply_to=rid(r),
        text="Any news on the discount? It's only £4.80 but still.\nDan")
group("en", "one identity", a, b)

# --------------------------------------------------------------- Spanish
# G6: "delivered" but not received, email triple.
a = add("email", "lucia.ferrer@correo.example", name="Lucía Ferrer", lang="es", hours=4,
        subject="Pedido nº 20433 entregado pero no lo tengo",
        text="Hola,\n\nel seguimiento del pedido nº 20433 dice 'entregado' desde ayer a las 11:02 pero yo no he "
             "recibido nada. Estuve en casa toda la mañana y nadie llamó al timbre. Tampoco lo tienen los "
             "vecinos ni el portero. Era un body de algodón y el conejito de punto para un regalo de bautizo "
             "del sábado.\n\nUn saludo,\nLucía Ferrer")
r = mail_reply(a, a, "Hola Lucía, lo sentimos mucho. Estamos revisándolo con la empresa de transporte y te "
                     "decimos algo en cuanto sepamos. Un abrazo, el equipo de Pebble & Loom", 10, "es")
b = add("email", "lucia.ferrer@correo.example", name="Lucía Ferrer", lang="es", hours=46,
        subject="Re: Pedido nº 20433 entregado pero no lo tengo", thread=rid(a), in_reply_to=rid(r),
        text="Hola de nuevo, ¿sabeis algo? El paquete sigue sin aparecer y el bautizo es pasado mañana. "
             "Si no llega necesito que me devolvais el dinero para comprar otra cosa.")
c = add("email", "lucia.ferrer@correo.example", name="Lucía Ferrer", lang="es", hours=93,
        subject="Re: Pedido nº 20433 entregado pero no lo tengo", thread=rid(a), in_reply_to=rid(r),
        text="Pues nada, bautizo pasado y regalo sin llegar. Tres dias sin respuesta. Genial.\nLucía")
group("es", "one identity", a, b, c)

# G7: double charge, Mastodon.
a = add("mastodon", "@javiruiz@mastodon.example", name="Javi Ruiz", lang="es", hours=36,
        text="@pebbleloom@toot.example me habeis cobrado dos veces el mismo pedido (2 x 38,50€ en la "
             "tarjeta, mismo dia, misma hora). Solo hice un pedido. Me lo podeis mirar?")
b = add("mastodon", "@javiruiz@mastodon.example", name="Javi Ruiz", lang="es", hours=80,
        text="@pebbleloom@toot.example sigo con el cargo duplicado en el banco... 77€ por un peluche y un "
             "pijama, vaya tela")
group("es", "one identity", a, b)

# G8: wrong size, email then Mastodon with a profile link.
a = add("email", "carmen.vidal@webmail.example", name="Carmen Vidal", lang="es", hours=74,
        subject="Talla equivocada",
        text="Buenas tardes:\n\nPedí tres bodies de manga larga en talla 12-18 meses y me han llegado en "
             "talla 3-6 meses, que a mi hijo no le entran ni por la cabeza. La etiqueta del paquete pone la "
             "talla correcta pero dentro no. ¿Cómo hago el cambio?\n\nGracias,\nCarmen Vidal")
r = mail_reply(a, a, "Hola Carmen, gracias por avisarnos. Lo estamos mirando y te contestamos pronto.", 79, "es")
b = add("mastodon", "@carmenvidal@red.example", name="Carmen V.", links=["carmen.vidal@webmail.example"],
        lang="es", hours=170,
        text="@pebbleloom@toot.example os escribi por mail la semana pasada por los bodies de talla 3-6 "
             "que me mandasteis en vez de 12-18. 'Lo estamos mirando' y ya. ¿Me cambiais la talla o no?")
group("es", "profile link", a, b)

# G9: password reset mail never arrives, Bluesky.
a = add("bluesky", "nereaglz.bsky.social", name="Nerea González", lang="es", hours=112,
        text="@pebbleloom.example no puedo entrar en mi cuenta, le doy a 'he olvidado mi contraseña' y el "
             "correo no llega nunca (mirado en spam tb). Quiero ver mis pedidos anteriores")
b = add("bluesky", "nereaglz.bsky.social", name="Nerea González", lang="es", hours=135,
        text="Lo he intentado 5 veces mas. Ni un solo email para restablecer la contraseña. Alguien de "
             "@pebbleloom.example me lee??")
group("es", "one identity", a, b)

# ---------------------------------------------------------------- German
# G10: invoice without address / VAT, email triple.
a = add("email", "k.brandt@posteo.example", name="Katrin Brandt", lang="de", hours=12,
        subject="Rechnung zu Bestellung 20441",
        text="Guten Tag,\n\nauf der Rechnung zu Bestellung 20441 fehlt meine Rechnungsadresse komplett und "
             "die MwSt. ist nicht ausgewiesen. So kann ich sie leider nicht beim Arbeitgeber einreichen. "
             "Können Sie mir bitte eine korrigierte Rechnung schicken?\n\nMit freundlichen Grüßen\n"
             "Katrin Brandt")
r = mail_reply(a, a, "Hallo Frau Brandt, danke für den Hinweis, wir kümmern uns darum. "
                     "Viele Grüße, Pebble & Loom", 20, "de")
b = add("email", "k.brandt@posteo.example", name="Katrin Brandt", lang="de", hours=90,
        subject="Re: Rechnung zu Bestellung 20441", thread=rid(a), in_reply_to=rid(r),
        text="Hallo,\n\nich habe immer noch keine neue Rechnung bekommen. Die Frist bei meinem Arbeitgeber "
             "läuft Ende der Woche ab.\n\nK. Brandt")
c = add("email", "k.brandt@posteo.example", name="Katrin Brandt", lang="de", hours=139,
        subject="Re: Rechnung zu Bestellung 20441", thread=rid(a), in_reply_to=rid(r),
        text="Ist es wirklich so schwer, eine Adresse auf ein PDF zu schreiben? Dritte Mail. Bitte.")
group("de", "one identity", a, b, c)

# G11: parcel late, Mastodon.
a = add("mastodon", "@ollischmidt@chaos.example", name="Olli", lang="de", hours=26,
        text="@pebbleloom@toot.example Hallo, meine Bestellung (Strampler + Schlafsack) ist seit 8 Tagen "
             "unterwegs, DHL-Sendungsverfolgung sagt seit Montag nix mehr. Wisst ihr was?")
b = add("mastodon", "@ollischmidt@chaos.example", name="Olli", lang="de", hours=96,
        text="@pebbleloom@toot.example immer noch kein Paket. Langsam glaub ich, der Schlafsack kommt an, "
             "wenn das Kind schon in die Schule geht")
group("de", "one identity", a, b)
oc2 = add("mastodon", "@ollischmidt@chaos.example", name="Olli", lang="de", hours=160,
          text="@pebbleloom@toot.example Paket ist endlich da 🎉 aber der Strampler ist in Senfgelb statt "
               "Salbeigrün. Kann ich den umtauschen?")
negative("other-complaint", b, oc2, "same customer: late parcel, then wrong colour once it came")

# G12: return label not received, Bluesky then email, same name only.
a = add("bluesky", "fjordmama.bsky.social", name="Sabine Kühn", lang="de", hours=58,
        text="@pebbleloom.example Ich hab vor 4 Tagen eine Rücksendung angemeldet und warte immer noch "
             "auf das Retourenlabel. Ohne Label kann ich den Schlafsack nicht zurückschicken 🤷‍♀️")
b = add("email", "sabine.kuehn@gmx.example", name="Sabine Kühn", lang="de", hours=84,
        subject="Retourenlabel fehlt",
        text="Hallo,\n\nich warte seit letzter Woche auf das Rücksendeetikett für den Schlafsack "
             "(Bestellnr. 20455). Im Kundenkonto steht 'Retoure angemeldet', aber kein Label zum "
             "Runterladen und auch keine Mail. Die 14 Tage laufen bald ab!\n\nGruß\nSabine Kühn")
S.same_person.append(["bluesky:fjordmama.bsky.social", "email:sabine.kuehn@gmx.example"])
group("de", "same name only", a, b)

# G13: sleep sack zip broken on arrival, email pair.
a = add("email", "tobias.lang@web.example", name="Tobias Lang", lang="de", hours=190,
        subject="Reißverschluss kaputt",
        text="Hallo Pebble & Loom Team,\n\nbeim Schlafsack aus unserer Bestellung ist der Reißverschluss "
             "schon beim ersten Zumachen rausgesprungen, der Schieber hängt jetzt lose. Ware ist neu, "
             "gestern angekommen.\n\nViele Grüße\nTobias")
r = mail_reply(a, a, "Hallo Tobias, das tut uns leid! Wir schauen uns das an und melden uns.", 200, "de")
b = add("email", "tobias.lang@web.example", name="Tobias Lang", lang="de", hours=262,
        subject="Re: Reißverschluss kaputt", thread=rid(a), in_reply_to=rid(r),
        text="Hallo nochmal, gibt's schon was Neues wegen dem Schlafsack? Der Zipper ist nach wie vor "
             "hinüber und wir benutzen ihn halt jetzt mit Sicherheitsnadel... nicht ideal für ein Baby.\nTobias")
group("de", "one identity", a, b)

# ---------------------------------------------------------------- French
# G14: refund not received, email triple.
a = add("email", "claire.marchand@laposte.example", name="Claire Marchand", lang="fr", hours=16,
        subject="Remboursement cde 20412",
        text="Bonjour,\n\nJ'ai renvoyé le lapin tricoté et la gigoteuse de la cde 20412 il y a deux semaines, "
             "vous avez confirmé la réception le 2 juillet et annoncé un remboursement de 71 €. Je n'ai "
             "toujours rien reçu sur mon compte.\n\nCordialement,\nClaire Marchand")
r = mail_reply(a, a, "Bonjour Claire, merci pour votre message, nous vérifions avec notre service "
                     "comptable et revenons vers vous rapidement. L'équipe Pebble & Loom", 24, "fr")
b = add("email", "claire.marchand@laposte.example", name="Claire Marchand", lang="fr", hours=72,
        subject="Re: Remboursement cde 20412", thread=rid(a), in_reply_to=rid(r),
        text="Bonjour,\n\n« rapidement »... ça fait trois jours. Toujours pas les 71 € sur mon compte. "
             "Pouvez-vous me donner une date précise ?\n\nC. Marchand")
c = add("email", "claire.marchand@laposte.example", name="Claire Marchand", lang="fr", hours=147,
        subject="Re: Remboursement cde 20412", thread=rid(a), in_reply_to=rid(r),
        text="Dernier message avant que je fasse opposition auprès de ma banque. Où est mon remboursement ?")
group("fr", "one identity", a, b, c)

# G15: site crashes at payment, Bluesky.
a = add("bluesky", "thibault-r.bsky.social", name="Thibault", lang="fr", hours=44,
        text="@pebbleloom.example votre site plante à chaque fois que je clique sur 'payer' (page blanche, "
             "sur Firefox et sur mon tel). Panier de 3 bodys perdu 2 fois déjà 😩")
b = add("bluesky", "thibault-r.bsky.social", name="Thibault", lang="fr", hours=68,
        text="toujours impossible de payer chez @pebbleloom.example, écran blanc au moment du paiement. "
             "bon ben je vais acheter ailleurs hein")
group("fr", "one identity", a, b)

# G16: knitted rabbit wrong colour, Mastodon then email with a profile link.
a = add("mastodon", "@ines_lbrt@piaille.example", name="Inès L.", lang="fr", hours=100,
        text="@pebbleloom@toot.example j'avais commandé le lapin Pâquerette en rose poudré pour ma nièce, "
             "reçu en gris anthracite. Joli mais pas du tout ce que j'avais choisi... on fait comment ?")
b = add("email", "ines.lambert@free.example", name="Inès Lambert", lang="fr", hours=121,
        links=["@ines_lbrt@piaille.example"],
        subject="Mauvaise couleur lapin",
        text="Bonjour,\n\nJe vous ai écrit sur Mastodon hier sans réponse : le lapin tricoté Pâquerette "
             "commandé en rose poudré (commande n°20470) est arrivé en gris. C'est pour un anniversaire "
             "samedi, est-ce possible d'avoir le bon coloris avant ?\n\nMerci,\nInès Lambert")
group("fr", "profile link", a, b)

# G17: rude courier, parcel thrown over the gate, email pair.
a = add("email", "p.girard@orange.example", name="Pascal Girard", lang="fr", hours=205,
        subject="Livreur",
        text="Bonjour,\nvotre livreur a jeté le colis par-dessus le portail sans sonner et quand je suis "
             "sorti il m'a répondu « c'est pas mon problème » avant de repartir. Le colis était mouillé. "
             "Je trouve ça inadmissible.\nPascal Girard")
r = mail_reply(a, a, "Bonjour Monsieur Girard, nous sommes désolés, nous transmettons au transporteur.", 215, "fr")
b = add("email", "p.girard@orange.example", name="Pascal Girard", lang="fr", hours=288,
        subject="Re: Livreur", thread=rid(a), in_reply_to=rid(r),
        text="Vous avez transmis, et alors ? Aucune nouvelle. Ce monsieur a été franchement grossier, "
             "j'aimerais au moins savoir si vous changez de transporteur ou pas.")
group("fr", "one identity", a, b)

# ------------------------------------------------------------ Portuguese
# G18: late order, email triple (pt-BR).
a = add("email", "ana.souza@uol.example", name="Ana Souza", lang="pt", hours=28,
        subject="Pedido 20428 atrasado",
        text="Olá, boa tarde!\n\nFiz o pedido 20428 (kit 3 bodies + coelhinho de tricô) no dia 2 e até agora "
             "nada. O rastreio está parado em 'objeto em trânsito'. Era pro chá de bebê da minha irmã.\n\n"
             "Obrigada,\nAna")
r = mail_reply(a, a, "Olá Ana, obrigada pela mensagem. Estamos verificando com a transportadora e "
                     "voltamos a falar em breve. Equipe Pebble & Loom", 33, "pt")
b = add("email", "ana.souza@uol.example", name="Ana Souza", lang="pt", hours=77,
        subject="Re: Pedido 20428 atrasado", thread=rid(a), in_reply_to=rid(r),
        text="Oi, alguma novidade? O rastreio continua igual, nem um movimento.")
c = add("email", "ana.souza@uol.example", name="Ana Souza", lang="pt", hours=124,
        subject="Re: Pedido 20428 atrasado", thread=rid(a), in_reply_to=rid(r),
        text="Gente, sério, o chá de bebê foi ontem e o presente não chegou. Quero saber cadê minha "
             "encomenda ou o reembolso.")
group("pt", "one identity", a, b, c)

# G19: coupon not applied, Mastodon (pt-PT).
a = add("mastodon", "@ritamcosta@masto.example", name="Rita Costa", lang="pt", hours=50,
        text="@pebbleloom@toot.example o cupão BEBE15 não dá desconto nenhum no carrinho, diz que é válido "
             "mas o total fica igual. Já tentei no telemóvel e no pc")
b = add("mastodon", "@ritamcosta@masto.example", name="Rita Costa", lang="pt", hours=75,
        text="@pebbleloom@toot.example então, e o código de desconto? continua a não funcionar :/")
group("pt", "one identity", a, b)

# G20: missing part of a set, email then Bluesky, same name only.
a = add("email", "joao.pereira@sapo.example", name="João Pereira", lang="pt", hours=103,
        subject="Falta um body no conjunto",
        text="Bom dia,\n\ncomprei o conjunto de 3 bodies orgânicos (encomenda 20481) e na caixa só vinham 2. "
             "O saquinho estava aberto. Podem enviar o que falta?\n\nCumprimentos,\nJoão Pereira")
b = add("bluesky", "jpereira.bsky.social", name="João Pereira", lang="pt", hours=140,
        text="@pebbleloom.example mandei email na semana passada: conjunto de 3 bodies veio só com 2. "
             "Até agora nem uma resposta. Pago 3, recebo 2?")
S.same_person.append(["email:joao.pereira@sapo.example", "bluesky:jpereira.bsky.social"])
group("pt", "same name only", a, b)

# G21: billed after cancelling the subscription, Bluesky.
a = add("bluesky", "marianasilva.bsky.social", name="Mariana Silva", lang="pt", hours=180,
        text="@pebbleloom.example cancelei a assinatura size-up mês passado e vocês me cobraram de novo "
             "esse mês. Tenho o email de confirmação do cancelamento. Quero meu dinheiro de volta")
b = add("bluesky", "marianasilva.bsky.social", name="Mariana Silva", lang="pt", hours=228,
        text="2 dias e nada. Cancelar assinatura na @pebbleloom.example aparentemente não serve pra nada, "
             "continuam cobrando")
group("pt", "one identity", a, b)

# --------------------------------------------------------------- Italian
# G22: parcel arrived crushed, email pair.
a = add("email", "giulia.romano@libero.example", name="Giulia Romano", lang="it", hours=64,
        subject="pacco arrivato rovinato",
        text="Buongiorno,\nil pacco dell'ordine 20466 è arrivato tutto schiacciato e bagnato, il sacco "
             "nanna dentro ha una macchia grande e non va via col lavaggio. Vorrei la sostituzione.\n"
             "Grazie\nGiulia Romano")
r = mail_reply(a, a, "Gentile Giulia, ci dispiace molto. Stiamo verificando e le faremo sapere.", 71, "it")
b = add("email", "giulia.romano@libero.example", name="Giulia Romano", lang="it", hours=118,
        subject="Re: pacco arrivato rovinato", thread=rid(a), in_reply_to=rid(r),
        text="Buongiorno, avete verificato? Il sacco nanna macchiato è ancora qui e aspetto di sapere "
             "se me lo sostituite.\nG.")
group("it", "one identity", a, b)

# G23: delivered but not received, Bluesky then email with a profile link.
a = add("bluesky", "fede-bianchi.bsky.social", name="Federico B.", lang="it", hours=150,
        text="@pebbleloom.example il tracking dice consegnato ieri ma a casa mia non è arrivato niente, "
             "nemmeno un avviso. Ordine con 2 tutine e il coniglietto")
b = add("email", "federico.bianchi@tiscali.example", name="Federico Bianchi", lang="it", hours=173,
        links=["fede-bianchi.bsky.social"],
        subject="Ordine 20490 risulta consegnato ma non ricevuto",
        text="Salve,\nvi avevo già scritto su Bluesky: l'ordine 20490 risulta consegnato ma io non l'ho mai "
             "ricevuto. Ho chiesto anche ai vicini. Cosa facciamo?\nFederico Bianchi")
group("it", "profile link", a, b)

# G24: app crashes, Mastodon.
a = add("mastodon", "@sarettaf@mastodon.example", name="Sara", lang="it", hours=230,
        text="@pebbleloom@toot.example l'app mi si chiude appena apro la sezione 'i miei ordini', "
             "iPhone 13 aggiornato. Qualcun altro?")
b = add("mastodon", "@sarettaf@mastodon.example", name="Sara", lang="it", hours=277,
        text="@pebbleloom@toot.example ancora crash dell'app, ho pure reinstallato. non riesco a vedere "
             "niente dei miei ordini")
group("it", "one identity", a, b)

# ----------------------------------------------------------------- Dutch
# G25: wrong size, email pair.
a = add("email", "lotte.devries@ziggo.example", name="Lotte de Vries", lang="nl", hours=38,
        subject="verkeerde maat rompertjes",
        text="Hoi,\n\nIk heb rompertjes besteld in maat 74/80 maar ze zijn maat 56. Op de pakbon staat wel "
             "74/80. Kunnen jullie de goede maat sturen? Bestelling 20450.\n\nGroetjes,\nLotte")
r = mail_reply(a, a, "Hoi Lotte, bedankt voor je bericht! We zoeken het uit en laten het je weten.", 45, "nl")
b = add("email", "lotte.devries@ziggo.example", name="Lotte de Vries", lang="nl", hours=110,
        subject="Re: verkeerde maat rompertjes", thread=rid(a), in_reply_to=rid(r),
        text="Hoi, al iets meer bekend? Ik heb nog steeds die te kleine rompers liggen en de kleine "
             "groeit ondertussen gewoon door haha.\nLotte")
group("nl", "one identity", a, b)

# G26: double debit, Mastodon then Bluesky, same name only.
a = add("mastodon", "@bramjanssen@mastodon.example", name="Bram Janssen", lang="nl", hours=116,
        text="@pebbleloom@toot.example er is twee keer €46,90 van mijn rekening afgeschreven voor één "
             "bestelling. Graag terugstorten.")
b = add("bluesky", "bramj.bsky.social", name="Bram Janssen", lang="nl", hours=160,
        text="nog steeds dubbel betaald bij @pebbleloom.example en geen reactie op mastodon. €46,90 "
             "te veel is best veel voor een knuffel en een slaapzak")
S.same_person.append(["mastodon:@bramjanssen@mastodon.example", "bluesky:bramj.bsky.social"])
group("nl", "same name only", a, b)

# G27: discount code, Bluesky.
a = add("bluesky", "evavandam.bsky.social", name="Eva van Dam", lang="nl", hours=250,
        text="@pebbleloom.example de kortingscode uit jullie nieuwsbrief (ZOMER20) wordt niet "
             "geaccepteerd, 'ongeldige code'. Is die al verlopen?")
b = add("bluesky", "evavandam.bsky.social", name="Eva van Dam", lang="nl", hours=297,
        text="@pebbleloom.example ZOMER20 werkt nog steeds niet hoor. Zonde, wou net bestellen")
group("nl", "one identity", a, b)

# --------------------------------------------------------------- Catalan
# G28: order not arriving, email pair.
a = add("email", "marta.puig@vilaweb.example", name="Marta Puig", lang="ca", hours=82,
        subject="La comanda 20473 no arriba",
        text="Bon dia,\n\nvaig fer la comanda 20473 fa deu dies i encara no l'he rebuda. El seguiment no "
             "s'actualitza des de fa una setmana. Em podeu dir alguna cosa?\n\nGràcies,\nMarta Puig")
r = mail_reply(a, a, "Hola Marta, ho estem mirant amb el transportista i et diem alguna cosa aviat.", 88, "ca")
b = add("email", "marta.puig@vilaweb.example", name="Marta Puig", lang="ca", hours=158,
        subject="Re: La comanda 20473 no arriba", thread=rid(a), in_reply_to=rid(r),
        text="Hola, seguim igual, ni paquet ni noticies. Ja son gairebe tres setmanes...\nMarta")
group("ca", "one identity", a, b)

# G29: wrong tax number on invoice, email then Mastodon, same name only.
a = add("email", "jordi.serra@xtec.example", name="Jordi Serra", lang="ca", hours=132,
        subject="Factura amb NIF incorrecte",
        text="Bona tarda,\n\na la factura de la meva comanda hi surt un NIF que no és el meu (hi falta una "
             "lletra i un número canviat). La necessito correcta per a la feina. El bo és 47829013K.\n\n"
             "Salutacions,\nJordi Serra")
b = add("mastodon", "@jordiserra@mastodont.example", name="Jordi Serra", lang="ca", hours=182,
        text="@pebbleloom@toot.example us vaig enviar un correu fa dos dies per la factura amb el NIF "
             "malament. Encara esperant la factura corregida")
S.same_person.append(["email:jordi.serra@xtec.example", "mastodon:@jordiserra@mastodont.example"])
group("ca", "same name only", a, b)

# G30: soft toy seam split, Bluesky then Mastodon with a profile link.
a = add("bluesky", "nurialopez.bsky.social", name="Núria López", lang="ca", hours=240,
        text="@pebbleloom.example el conill de punt que vam comprar fa tres setmanes s'ha descosit per "
             "l'orella i ja surt el farciment. La nena se'l posa a la boca, perillós!")
b = add("mastodon", "@nurialopez@mastodont.example", name="Núria", links=["nurialopez.bsky.social"],
        lang="ca", hours=300,
        text="@pebbleloom@toot.example provo per aqui ja que a bluesky no contesteu: el conill de punt "
             "descosit, amb el farciment fora. Em canvieu el ninot o què?")
group("ca", "profile link", a, b)

# ------------------------------------------------------ Negatives: follow-up
# en: photo of a damaged bodysuit the shop asked for.
a = add("email", "harriet.b@posteo.example", name="Harriet Bell", lang="en", hours=22,
        subject="Hole in new bodysuit",
        text="Hi, one of the short-sleeve bodysuits in my order has a small hole next to the poppers, "
             "came like that out of the packet. Order 20422.\nHarriet")
r = mail_reply(a, a, "Hi Harriet, so sorry! Could you send us a photo of the hole so we can pass it to "
                     "our maker? Thanks, Hattie", 25, "en")
b = add("email", "harriet.b@posteo.example", name="Harriet Bell", lang="en", hours=29,
        subject="Re: Hole in new bodysuit", thread=rid(a), in_reply_to=rid(r),
        text="Here you go, photo attached (hole is bottom left, next to the second popper).\nH")
negative("follow-up", a, b, "the photo the shop asked for")

# es: the order number the shop asked for.
a = add("email", "pablo.moreno@correo.example", name="Pablo Moreno", lang="es", hours=66,
        subject="No me ha llegado el saco de dormir",
        text="Hola, compré un saco de dormir hace 9 días y todavía no ha llegado. ¿Me decís algo?\nPablo")
r = mail_reply(a, a, "Hola Pablo, ¿nos puedes pasar el número de pedido para buscarlo? Gracias", 69, "es")
b = add("email", "pablo.moreno@correo.example", name="Pablo Moreno", lang="es", hours=71,
        subject="Re: No me ha llegado el saco de dormir", thread=rid(a), in_reply_to=rid(r),
        text="Claro, es el 20459. Lo pagué con PayPal el dia 5.")
negative("follow-up", a, b, "the order number the shop asked for")

# de: adds the order number unprompted, right after.
a = add("email", "anja.roth@t-online.example", name="Anja Roth", lang="de", hours=106,
        subject="Falscher Artikel",
        text="Hallo, statt des Kuschelhasen habe ich einen Kuschelbären bekommen. Bitte um Umtausch.\nAnja Roth")
b = add("email", "anja.roth@t-online.example", name="Anja Roth", lang="de", hours=106.5,
        subject="Re: Falscher Artikel", thread=rid(a), in_reply_to=rid(a),
        text="PS: Bestellnummer vergessen, sorry – 20478. Foto vom Bären hängt an.")
negative("follow-up", a, b, "PS with the order number and a photo")

# fr: photo the shop asked for, on Mastodon.
a = add("mastodon", "@lea_dmnt@piaille.example", name="Léa", lang="fr", hours=126,
        text="@pebbleloom@toot.example la gigoteuse reçue hier a une couture qui file déjà sur le côté 😕")
r = social_reply("mastodon", a, "@lea_dmnt@piaille.example oh non ! Tu peux nous envoyer une photo "
                               "en message privé ? On regarde ça tout de suite", 128, "fr")
b = add("mastodon", "@lea_dmnt@piaille.example", name="Léa", lang="fr", hours=131,
        thread=rid(a), in_reply_to=rid(r),
        text="@pebbleloom@toot.example c'est envoyé en MP, avec le numéro de commande (20484)")
negative("follow-up", a, b, "the photo and order number the shop asked for")

# it: the order number asked for.
a = add("email", "marco.ricci@alice.example", name="Marco Ricci", lang="it", hours=196,
        subject="rimborso",
        text="Salve, ho restituito un body due settimane fa e non ho ancora avuto il rimborso.\nMarco")
r = mail_reply(a, a, "Buongiorno Marco, ci può indicare il numero d'ordine? Grazie", 199, "it")
b = add("email", "marco.ricci@alice.example", name="Marco Ricci", lang="it", hours=203,
        subject="Re: rimborso", thread=rid(a), in_reply_to=rid(r),
        text="Sì scusate, ordine n. 20399, reso spedito il 29/6 con Poste, codice RR123498765IT")
negative("follow-up", a, b, "order number and return tracking the shop asked for")

# nl: extra detail about the damage.
a = add("email", "sanne.bakker@kpn.example", name="Sanne Bakker", lang="nl", hours=220,
        subject="knuffel kapot aangekomen",
        text="Hallo, het gebreide konijn zat in een kapotte doos en het oor is half los. Bestelling 20495.\nSanne")
r = mail_reply(a, a, "Hoi Sanne, vervelend! Kun je een foto sturen van de doos en het konijn?", 224, "nl")
b = add("email", "sanne.bakker@kpn.example", name="Sanne Bakker", lang="nl", hours=225,
        subject="Re: knuffel kapot aangekomen", thread=rid(a), in_reply_to=rid(r),
        text="Foto's in de bijlage. De doos had ook een gat aan de onderkant, dus misschien ontbreekt er "
             "ook nog iets, het slabbetje zat er namelijk niet in.")
negative("follow-up", a, b, "the photos asked for, plus a detail")

# ------------------------------------------------ Negatives: other complaint
oc = add("email", "lucia.ferrer@correo.example", name="Lucía Ferrer", lang="es", hours=300,
         subject="Newsletter",
         text="Hola, me di de baja de vuestra newsletter hace un mes y sigo recibiendo dos correos por "
              "semana. Por favor, quitadme de la lista.\nLucía")
negative("other-complaint", S.groups[5][0], oc, "same customer: lost parcel, later unwanted newsletter")

a = add("bluesky", "thibault-r.bsky.social", name="Thibault", lang="fr", hours=190,
        text="@pebbleloom.example bon, commande passée finalement (merci le support) mais le body taille "
             "très petit, le 12 mois ne va pas à mon fils de 9 mois")
negative("other-complaint", S.groups[14][1], a, "same customer: payment page crash, later a size that runs small")

a = add("email", "ana.souza@uol.example", name="Ana Souza", lang="pt", hours=200,
        subject="Cobrança do frete",
        text="Olá, a encomenda 20428 finalmente chegou, obrigada. Mas fui cobrada pelo frete (R$ 29,90) "
             "mesmo tendo passado de R$ 250, que no site diz frete grátis. Podem devolver?\nAna")
negative("other-complaint", S.groups[17][2], a, "same customer and order: late parcel, then shipping charged")

a = add("mastodon", "@sarettaf@mastodon.example", name="Sara", lang="it", hours=320,
        text="@pebbleloom@toot.example app sistemata, grazie! però il corriere ha lasciato il pacco dal "
             "vicino senza avvisare, l'ho scoperto per caso")
negative("other-complaint", S.groups[23][1], a, "same customer: app crash, later parcel left with a neighbour")

a = add("email", "marta.puig@vilaweb.example", name="Marta Puig", lang="ca", hours=340,
        subject="Talla del sac de dormir",
        text="Hola, ja ha arribat la comanda, per fi. Pero el sac de dormir es de 0-6 mesos i jo el vaig "
             "demanar de 6-18. Com ho faig per canviar-lo?\nMarta")
negative("other-complaint", S.groups[27][1], a, "same customer and order: late, then wrong size")

# ------------------------------------------------ Negatives: other customer
# outage: two customers on two channels.
a = add("mastodon", "@wrenfields@mastodon.example", name="Wren", lang="en", hours=244,
        text="is @pebbleloom@toot.example down? getting a 502 on every page")
b = add("bluesky", "amyjlowe.bsky.social", name="Amy Lowe", lang="en", hours=245,
        text="@pebbleloom.example your website won't load at all, trying to buy a birthday present 😬")
negative("other-customer", a, b, "two customers reporting the same outage")

# couple sharing one order.
a = add("email", "elena.navarro@correo.example", name="Elena Navarro", lang="es", hours=206,
        subject="Pedido 20488 sin llegar",
        text="Hola, nuestro pedido 20488 lleva una semana de retraso, ¿qué pasa?\nElena")
b = add("email", "sergio.campos@correo.example", name="Sergio Campos", lang="es", hours=210,
        subject="Retraso pedido 20488",
        text="Buenas, escribo por el pedido 20488 (lo hizo mi mujer, Elena Navarro). Sigue sin llegar y "
             "necesitamos el saco para el viaje del lunes. Saludos, Sergio")
negative("other-customer", a, b, "a couple writing separately about their shared order")

# same display name, different people, two channels (nl).
a = add("mastodon", "@lottejansen@mastodon.example", name="Lotte Jansen", lang="nl", hours=140,
        text="@pebbleloom@toot.example mijn pakketje is al 6 dagen onderweg, PostNL zegt niks. "
             "Bestelling 20474")
b = add("email", "l.jansen@hetnet.example", name="Lotte Jansen", lang="nl", hours=176,
        subject="pakket nog niet ontvangen",
        text="Goedemiddag,\n\nmijn bestelling 20501 (twee slaapzakken) is nog niet bezorgd, de track & "
             "trace staat stil sinds vrijdag. Woonplaats Zwolle.\n\nMet vriendelijke groet,\nL. Jansen")
negative("other-customer", a, b, "two different people named Lotte Jansen, different orders")
S.same_name_different_people.append(["mastodon:@lottejansen@mastodon.example", "email:l.jansen@hetnet.example"])

# same display name, different people, two channels (fr).
a = add("bluesky", "mariedubois.bsky.social", name="Marie Dubois", lang="fr", hours=255,
        text="@pebbleloom.example le code promo RENTREE ne marche pas sur mon panier 🙁")
b = add("email", "marie.dubois@wanadoo.example", name="Marie Dubois", lang="fr", hours=268,
        subject="code réduction",
        text="Bonjour, je n'arrive pas à utiliser le code RENTREE, il me dit « code non applicable à ces "
             "articles ». J'ai pourtant des bodys dans le panier. Cordialement, Marie Dubois (Lyon)")
negative("other-customer", a, b, "two different people named Marie Dubois, same coupon trouble")
S.same_name_different_people.append(["bluesky:mariedubois.bsky.social", "email:marie.dubois@wanadoo.example"])

# two customers with the same login problem (de).
a = add("email", "h.wagner@mailbox.example", name="Heike Wagner", lang="de", hours=270,
        subject="Login geht nicht",
        text="Hallo, ich kann mich seit gestern nicht mehr einloggen, Passwort ist richtig.\nHeike Wagner")
b = add("mastodon", "@fabi_k@troet.example", name="Fabian", lang="de", hours=272,
        text="@pebbleloom@toot.example Login kaputt? 'Falsches Passwort' obwohl ich's grad zurückgesetzt hab")
negative("other-customer", a, b, "two customers with the same login problem")

# two customers with the same subscription billing trouble (pt).
a = add("bluesky", "bia.almeida.bsky.social", name="Beatriz Almeida", lang="pt", hours=186,
        text="@pebbleloom.example também me cobraram a assinatura depois de cancelar!! o que está a acontecer?")
negative("other-customer", S.groups[20][0], a, "a different customer with the same subscription billing")

# -------------------------------------------------------- Negatives: window
a = add("email", "dan.whitlock@mailbox.example", name="Dan Whitlock", lang="en", hours=400,
        subject="Discount code again",
        text="Hi, me again, sorry! Used my birthday code BDAY15 today (order 20561) and once again the "
             "discount didn't come off the total. Could you sort it?\nDan")
negative("window", S.groups[4][0], a, "same customer, discount not applied again after more than 7 days")

a = add("mastodon", "@javiruiz@mastodon.example", name="Javi Ruiz", lang="es", hours=330,
        text="@pebbleloom@toot.example otra vez cargo doble en mi tarjeta con el pedido nuevo, no me lo puedo creer")
negative("window", S.groups[6][0], a, "same customer, double charge again on a new order, 12 days later")

a = add("email", "giulia.romano@libero.example", name="Giulia Romano", lang="it", hours=330,
        subject="di nuovo pacco danneggiato",
        text="Buongiorno, anche il secondo pacco (quello sostitutivo) è arrivato con la scatola sfondata. "
             "Per fortuna stavolta il sacco nanna è integro ma ve lo segnalo.\nGiulia")
negative("window", S.groups[21][0], a, "same customer, damaged parcel again more than 7 days later")

a = add("mastodon", "@ollischmidt@chaos.example", name="Olli", lang="de", hours=440,
        text="@pebbleloom@toot.example und wieder hängt ein Paket bei DHL fest, diesmal die Umtauschware. "
             "Seit 5 Tagen kein Scan")
negative("window", S.groups[10][0], a, "same customer, late parcel again more than two weeks later")

# ---------------------------------------------------------------- Filler
add("email", "grace.lim@mailbox.example", name="Grace Lim", lang="en", hours=8,
    subject="Sleep sack tog question",
    text="Hi! Which tog would you recommend for a nursery that's around 18-20°C at night? Thanks, Grace")
add("bluesky", "sunnyside-sam.bsky.social", name="Sam", lang="en", hours=48,
    text="@pebbleloom.example do you do gift wrapping? want to send a knitted rabbit to my nephew")
add("mastodon", "@kerrynorth@mastodon.example", name="Kerry", lang="en", hours=210,
    text="@pebbleloom@toot.example hi, will the mustard bodysuits be back in 0-3m? ta")
add("email", "b.ortega@correo.example", name="Beatriz Ortega", lang="es", hours=30,
    subject="Envíos a Canarias",
    text="Hola, ¿hacéis envíos a Canarias? ¿Cuánto tardan y hay aduana?\nGracias")
add("mastodon", "@tonimg@mastodon.example", name="Toni", lang="es", hours=260,
    text="@pebbleloom@toot.example los bodies se pueden lavar a 60? es para un recien nacido")
add("email", "julia.hoffmann@web.example", name="Julia Hoffmann", lang="de", hours=90,
    subject="Frage zum Size-Up-Abo",
    text="Hallo, wie funktioniert das Size-Up-Abo genau, kann ich die Größen selbst wählen oder "
         "schickt ihr automatisch die nächste? Viele Grüße, Julia")
add("bluesky", "maxkleinert.bsky.social", name="Max", lang="de", hours=310,
    text="@pebbleloom.example liefert ihr auch in die Schweiz?")
add("email", "sophie.leroy@free.example", name="Sophie Leroy", lang="fr", hours=56,
    subject="Lapin personnalisé",
    text="Bonjour, est-il possible de broder un prénom sur le lapin tricoté ? Merci, Sophie")
add("mastodon", "@camille_b@piaille.example", name="Camille", lang="fr", hours=350,
    text="@pebbleloom@toot.example vos gigoteuses sont-elles certifiées GOTS ? merci !")
add("email", "carla.mendes@sapo.example", name="Carla Mendes", lang="pt", hours=166,
    subject="Tabela de tamanhos",
    text="Olá, o tamanho 6-12 meses serve a um bebé de 7 meses com 70 cm? Obrigada, Carla")
add("bluesky", "lucas.rocha.bsky.social", name="Lucas Rocha", lang="pt", hours=380,
    text="@pebbleloom.example vocês enviam pro Brasil? quanto fica o frete mais ou menos?")
add("email", "chiara.conti@libero.example", name="Chiara Conti", lang="it", hours=134,
    subject="buono regalo",
    text="Salve, vendete buoni regalo? Vorrei regalarne uno per una nascita.\nChiara")
add("mastodon", "@pietrog@mastodon.example", name="Pietro", lang="it", hours=420,
    text="@pebbleloom@toot.example il coniglietto è adatto da 0 mesi o ha parti piccole?")
add("email", "noor.elamrani@kpn.example", name="Noor El Amrani", lang="nl", hours=286,
    subject="vraag over retourneren",
    text="Hallo, hoe lang heb ik om iets te retourneren als het een cadeau was? Groet, Noor")
add("bluesky", "pau.roca.bsky.social", name="Pau Roca", lang="ca", hours=170,
    text="@pebbleloom.example feu enviaments a Andorra? Gràcies!")
add("email", "laia.font@vilaweb.example", name="Laia Font", lang="ca", hours=360,
    subject="Subscripció",
    text="Bon dia, puc pausar la subscripció size-up durant l'estiu sense cancel·lar-la? Gràcies, Laia")

S.write(HERE, "Repeats in other words for Pebble & Loom (children's clothes and soft toys), eight "
              "languages, written without sight of the detector; labels say what a reader would say.")
